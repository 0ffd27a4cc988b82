package io.riskwise.portfolio.boundary;

import io.riskwise.identity.boundary.CurrentUser;
import io.riskwise.identity.entity.User;
import io.riskwise.platform.download.Downloads;
import io.riskwise.platform.rest.InvalidInputException;
import io.riskwise.platform.rest.ProblemException;
import io.riskwise.portfolio.control.CriteriaGrid;
import io.riskwise.portfolio.entity.AssessmentContent;
import io.riskwise.portfolio.entity.EvidenceItem;
import io.riskwise.portfolio.entity.EvidenceKind;
import io.riskwise.portfolio.entity.RiskAssessment;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The portfolio pages: the list of risk assessments and evidence, adding evidence (with an upload),
 * the mappings of each item (made on the map page), the criteria grid and the whole-portfolio PDF.
 * The apprentice sees their own; their assessor, IQAs and administrators pass {@code ?apprentice=}
 * and only read.
 */
@Named("portfolio")
@RequestScoped
public class PortfolioView {

  @Inject CurrentUser currentUser;
  @Inject PortfolioAccess access;
  @Inject Portfolios portfolios;
  @Inject EvidenceItems evidence;
  @Inject Mappings mappings;

  private Long apprenticeId;
  private User apprentice;
  private List<Portfolios.Summary> assessments;
  private List<EvidenceItem> items;
  private List<Mappings.MappingJson> claims;
  private final NewEvidence newEvidence = new NewEvidence();
  private Part file;

  /** Finds the portfolio first, so that one nobody may see is the not-found page. */
  public void load() {
    apprentice();
  }

  public User apprentice() {
    if (apprentice == null) {
      apprentice = access.whose(currentUser.get(), apprenticeId);
    }
    return apprentice;
  }

  public boolean isOwner() {
    return apprentice().getId().equals(currentUser.get().getId());
  }

  /** The apprentice's own portfolio, for a change; readers get 403 even if they forge the form. */
  private User own() {
    return access.writable(
        currentUser.get(), apprentice().getId(), "There is no portfolio that you can see.");
  }

  public List<Portfolios.Summary> getAssessments() {
    if (assessments == null) {
      assessments = portfolios.assessmentsOf(apprentice());
    }
    return assessments;
  }

  public List<EvidenceItem> getEvidence() {
    if (items == null) {
      items = evidence.of(apprentice());
    }
    return items;
  }

  /** The criteria each evidence item is mapped to, for the list. */
  public List<Mappings.MappingJson> mappingsOf(EvidenceItem item) {
    if (claims == null) {
      claims = mappings.of(apprentice());
    }
    return claims.stream().filter(m -> item.getId().equals(m.evidenceId())).toList();
  }

  public CriteriaGrid getGrid() {
    return mappings.grid(apprentice(), Mappings.DEFAULT_UNITS);
  }

  public String newAssessment() {
    RiskAssessment created = portfolios.create(own(), new AssessmentContent());
    return "/app/portfolio/assessment?faces-redirect=true&id=" + created.getId();
  }

  public String addEvidence() {
    try {
      EvidenceItem added;
      if (file != null && file.getSize() > 0 || newEvidence.getKind() == EvidenceKind.FILE) {
        if (file == null) {
          throw InvalidInputException.of("file", "Choose the file to upload.");
        }
        try (InputStream content = file.getInputStream()) {
          added = evidence.upload(own(), newEvidence, file.getSubmittedFileName(), content);
        }
      } else {
        added = evidence.add(own(), newEvidence);
      }
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().getFlash().setKeepMessages(true);
      faces.addMessage(
          null, new FacesMessage("Added \"" + added.getTitle() + "\" to your portfolio."));
      return "/app/portfolio/evidence?faces-redirect=true";
    } catch (InvalidInputException e) {
      e.errors().forEach(error -> error(error.message()));
    } catch (ProblemException e) {
      error(e.getMessage());
    } catch (IOException e) {
      error("The file could not be read; try again.");
    }
    return null;
  }

  public void deleteEvidence(long id) {
    evidence.delete(currentUser.get(), id);
    items = null;
    claims = null;
    info("Removed the evidence.");
  }

  public void removeMapping(long id) {
    mappings.remove(currentUser.get(), id);
    claims = null;
  }

  /** Whether the browser can show this item's file itself (an image or a PDF). */
  public boolean viewable(EvidenceItem item) {
    return item.hasFile() && Downloads.viewable(item.getFileType());
  }

  public String size(long bytes) {
    return EvidenceItem.sizeInWords(bytes);
  }

  public EvidenceKind[] getKinds() {
    return EvidenceKind.values();
  }

  public String getAccepted() {
    return evidence.acceptedInWords();
  }

  public long getMaxMegabytes() {
    return evidence.maxBytes() / (1024 * 1024);
  }

  public String twins(List<String> twins) {
    return twins.stream().collect(Collectors.joining(", "));
  }

  private static void info(String message) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(message));
  }

  private static void error(String message) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    faces.validationFailed();
  }

  public Long getApprenticeId() {
    return apprenticeId;
  }

  public void setApprenticeId(Long apprenticeId) {
    this.apprenticeId = apprenticeId;
  }

  public NewEvidence getNewEvidence() {
    return newEvidence;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
