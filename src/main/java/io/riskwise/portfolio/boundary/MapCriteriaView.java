package io.riskwise.portfolio.boundary;

import io.riskwise.identity.boundary.CurrentUser;
import io.riskwise.platform.rest.ProblemException;
import io.riskwise.platform.web.Messages;
import io.riskwise.portfolio.control.CriteriaChecklist;
import io.riskwise.portfolio.entity.EvidenceMapping;
import io.riskwise.portfolio.entity.MappingTarget;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.Response;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The page where the apprentice ticks the criteria one evidence item ({@code ?evidence=12}) or one
 * part of a risk assessment ({@code ?assessment=5&part=risk:r3}) shows, and saves them all at once.
 * The boxes are plain checkboxes named {@code criterion}, so the search can hide them freely.
 */
@Named("mapCriteria")
@ViewScoped
public class MapCriteriaView implements Serializable {

  @Inject CurrentUser currentUser;
  @Inject Checklists checklists;

  private Long evidence;
  private Long assessment;
  private String part;
  private String name;
  private transient CriteriaChecklist checklist;
  private List<String> posted;

  /** Finds the evidence first, so that anything not the apprentice's own is the not-found page. */
  public void load() {
    getName();
  }

  public MappingTarget target() {
    if (evidence != null && assessment == null) {
      return MappingTarget.evidence(evidence);
    }
    if (assessment != null && evidence == null) {
      return MappingTarget.assessment(assessment, part == null ? EvidenceMapping.WHOLE : part);
    }
    throw new ProblemException(
        Response.Status.NOT_FOUND, "Say what to map: an evidence item or a risk assessment.");
  }

  public String getName() {
    if (name == null) {
      name = checklists.name(currentUser.get(), target());
    }
    return name;
  }

  /** Where "Back to the risk assessment" lands: the part that was mapped, in its section. */
  public String getEditorAnchor() {
    return io.riskwise.portfolio.control.EditorOutline.anchorOfPart(
        part == null ? EvidenceMapping.WHOLE : part);
  }

  public CriteriaChecklist getChecklist() {
    if (checklist == null) {
      checklist = checklists.criteriaFor(currentUser.get(), target());
    }
    return checklist;
  }

  /** Ticked as saved, or as the apprentice left it when a save was refused. */
  public boolean ticked(CriteriaChecklist.Choice choice) {
    return posted == null ? choice.ticked() : posted.contains(choice.criterionId());
  }

  public long getTickedCount() {
    return getChecklist().choices().stream().filter(this::ticked).count();
  }

  public String save() {
    String[] values =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterValuesMap()
            .get("criterion");
    posted = values == null ? List.of() : Arrays.asList(values);
    boolean saved =
        Messages.attempt(
            () -> {
              List<String> mapped = checklists.mapCriteria(currentUser.get(), target(), posted);
              Messages.info(confirmation(mapped));
            });
    if (!saved) {
      return null;
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/app/portfolio/map?faces-redirect=true&includeViewParams=true";
  }

  public String join(List<String> words, String separator) {
    return String.join(separator, words);
  }

  static String confirmation(List<String> criteria) {
    if (criteria.isEmpty()) {
      return "Saved: not mapped to any criterion now.";
    }
    return "Mapped to "
        + criteria.size()
        + (criteria.size() == 1 ? " criterion: " : " criteria: ")
        + String.join(", ", criteria)
        + ".";
  }

  public Long getEvidence() {
    return evidence;
  }

  public void setEvidence(Long evidence) {
    this.evidence = evidence;
  }

  public Long getAssessment() {
    return assessment;
  }

  public void setAssessment(Long assessment) {
    this.assessment = assessment;
  }

  public String getPart() {
    return part;
  }

  public void setPart(String part) {
    this.part = part;
  }
}
