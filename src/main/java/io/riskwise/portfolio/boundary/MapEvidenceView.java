package io.riskwise.portfolio.boundary;

import io.riskwise.identity.boundary.CurrentUser;
import io.riskwise.platform.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The page where the apprentice, starting from one criterion ({@code ?id=C6.1.1}), ticks the
 * evidence items and parts of risk assessments that show it, and saves them all at once.
 */
@Named("mapEvidence")
@ViewScoped
public class MapEvidenceView implements Serializable {

  @Inject CurrentUser currentUser;
  @Inject Checklists checklists;

  private String id;
  private transient Checklists.EvidenceChecklist checklist;
  private List<String> posted;

  /** Finds the criterion first, so that an unknown one is the not-found page. */
  public void load() {
    getChecklist();
  }

  public Checklists.EvidenceChecklist getChecklist() {
    if (checklist == null) {
      checklist = checklists.evidenceFor(currentUser.get(), id);
    }
    return checklist;
  }

  /** Ticked as saved, or as the apprentice left it when a save was refused. */
  public boolean ticked(Checklists.Option option) {
    return posted == null ? option.ticked() : posted.contains(option.key());
  }

  public boolean isNothingToChoose() {
    return getChecklist().groups().stream().allMatch(g -> g.options().isEmpty());
  }

  public long getCount() {
    return getChecklist().groups().stream().mapToLong(g -> g.options().size()).sum();
  }

  public long getTickedCount() {
    return getChecklist().groups().stream()
        .flatMap(g -> g.options().stream())
        .filter(this::ticked)
        .count();
  }

  public String join(List<String> words, String separator) {
    return String.join(separator, words);
  }

  public String save() {
    String[] values =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterValuesMap()
            .get("evidence");
    posted = values == null ? List.of() : Arrays.asList(values);
    boolean saved =
        Messages.attempt(
            () -> {
              List<String> mapped = checklists.mapEvidence(currentUser.get(), id, posted);
              Messages.info(
                  mapped.isEmpty()
                      ? "Saved: no evidence is mapped to " + id + " now."
                      : id + " is now evidenced by " + String.join("; ", mapped) + ".");
            });
    if (!saved) {
      return null;
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/app/portfolio/criterion?faces-redirect=true&includeViewParams=true";
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
