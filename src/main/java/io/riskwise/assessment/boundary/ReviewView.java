package io.riskwise.assessment.boundary;

import io.riskwise.assessment.entity.Review;
import io.riskwise.assessment.entity.SavedComment;
import io.riskwise.identity.boundary.CurrentUser;
import io.riskwise.identity.entity.Role;
import io.riskwise.platform.rest.InvalidInputException;
import io.riskwise.platform.rest.ProblemException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A submitted version laid out criterion by criterion, each claim's evidence shown in place. Its
 * assessor decides each claimed criterion (met or not yet met, with a comment) and each claim
 * (accepted or rejected), nothing chosen for them in advance, beside the decision made before;
 * reuses comments from their own bank; and returns the work or records the criteria met. The
 * apprentice and other readers see the same page with the decisions once made.
 */
@Named("review")
@ViewScoped
public class ReviewView implements Serializable {
  @Inject CurrentUser currentUser;
  @Inject Judging judging;
  @Inject Assessments assessments;
  @Inject CommentBank bank;

  private long version;
  private transient Judging.Sheet sheet;
  private transient Judging.Analysis analysis;
  private boolean deciding;
  private final Marking marking = new Marking();
  private List<SavedComment> comments = new ArrayList<>();
  private String newComment;

  public void load() {
    sheet = judging.sheet(currentUser.get(), version);
    Assessments.Submission submission = sheet.submission();
    deciding =
        submission.review() == null
            && submission.latest()
            && currentUser.get().hasRole(Role.ASSESSOR)
            && assessments.isAssessorOf(
                currentUser.get(),
                assessments.apprentice(currentUser.get(), submission.apprenticeId()));
    marking.getClaimed().clear();
    for (Judging.CriterionToJudge criterion : sheet.claimed()) {
      Marking.Mark mark = new Marking.Mark(criterion.criterionId());
      criterion.claims().forEach(c -> mark.claim(c.mappingId()));
      marking.getClaimed().add(mark);
    }
    marking.getUnclaimed().clear();
    for (Judging.CriterionToJudge criterion : sheet.unclaimed()) {
      marking.getUnclaimed().add(new Marking.Mark(criterion.criterionId()));
    }
    if (deciding) {
      comments = bank.of(currentUser.get());
    }
  }

  public String returnForRework() {
    return decide(Review.Outcome.RETURNED);
  }

  public String recordCriteriaMet() {
    return decide(Review.Outcome.CRITERIA_MET);
  }

  private String decide(Review.Outcome outcome) {
    List<String> problems = marking.problems();
    if (!problems.isEmpty()) {
      problems.forEach(ReviewView::error);
      return null;
    }
    try {
      assessments.decide(currentUser.get(), version, marking.toDecision(outcome));
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().getFlash().setKeepMessages(true);
      faces.addMessage(
          null,
          new FacesMessage(
              outcome == Review.Outcome.RETURNED
                  ? "Returned for rework; the apprentice has been told."
                  : "Judgements recorded; the apprentice has been told."));
      return "/app/assessment/queue?faces-redirect=true";
    } catch (InvalidInputException e) {
      e.errors().forEach(error -> error(error.message()));
    } catch (ProblemException e) {
      error(e.getMessage());
    }
    return null;
  }

  /** Saves the typed comment to the assessor's bank; the rest of the page is left as typed. */
  public void saveComment() {
    try {
      bank.add(currentUser.get(), newComment);
      newComment = null;
      comments = bank.of(currentUser.get());
      FacesContext.getCurrentInstance()
          .addMessage(null, new FacesMessage("Comment saved to your bank."));
    } catch (InvalidInputException e) {
      e.errors().forEach(error -> error(error.message()));
    } catch (ProblemException e) {
      error(e.getMessage());
    }
  }

  public void removeComment(long id) {
    try {
      bank.remove(currentUser.get(), id);
      FacesContext.getCurrentInstance()
          .addMessage(null, new FacesMessage("Comment removed from your bank."));
    } catch (ProblemException e) {
      error(e.getMessage());
    }
    comments = bank.of(currentUser.get());
  }

  public Judging.Sheet getSheet() {
    if (sheet == null) {
      sheet = judging.sheet(currentUser.get(), version);
    }
    return sheet;
  }

  /**
   * The readiness analysis of the version, for those who judge or check it; the apprentice has the
   * same analysis in their editor.
   */
  public Judging.Analysis getAnalysis() {
    if (analysis == null) {
      analysis = isOwner() ? Judging.Analysis.UNAVAILABLE : judging.analysis(getSheet());
    }
    return analysis;
  }

  public boolean isShowingAnalysis() {
    return !isOwner();
  }

  public Assessments.Submission getSubmission() {
    return getSheet().submission();
  }

  private static void error(String message) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    faces.validationFailed();
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  /** True for the apprentice whose work it is, who is spared the digest. */
  public boolean isOwner() {
    return getSubmission().apprenticeId() == currentUser.get().getId();
  }

  /** True for the apprentice's own assessor while the latest version waits for a decision. */
  public boolean isJudging() {
    return deciding;
  }

  public Marking getMarking() {
    return marking;
  }

  public List<SavedComment> getComments() {
    return comments;
  }

  public String getNewComment() {
    return newComment;
  }

  public void setNewComment(String newComment) {
    this.newComment = newComment;
  }
}
