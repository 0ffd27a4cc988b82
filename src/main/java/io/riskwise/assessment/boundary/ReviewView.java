package io.riskwise.assessment.boundary;

import io.riskwise.assessment.entity.Judgement;
import io.riskwise.assessment.entity.Review;
import io.riskwise.identity.boundary.CurrentUser;
import io.riskwise.identity.entity.Role;
import io.riskwise.platform.rest.InvalidInputException;
import io.riskwise.platform.rest.ProblemException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A submitted version beside the unit's criteria. Its assessor accepts or rejects each claim, sets
 * each criterion's status, gives feedback and returns the work or records the criteria met; the
 * apprentice and other readers see the same page with the decision once made.
 */
@Named("review")
@ViewScoped
public class ReviewView implements Serializable {
  @Inject CurrentUser currentUser;
  @Inject Assessments assessments;

  private long version;
  private transient Assessments.Submission submission;
  private boolean judging;
  private final Decision decision = new Decision();

  public void load() throws IOException {
    try {
      submission = assessments.submission(currentUser.get(), version);
    } catch (ProblemException notFound) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "Not found");
      faces.responseComplete();
      return;
    }
    judging =
        submission.review() == null
            && submission.latest()
            && currentUser.get().hasRole(Role.ASSESSOR);
    decision.getClaims().clear();
    for (Assessments.ClaimRow row : submission.claims()) {
      Decision.Claim claim = new Decision.Claim();
      claim.setMappingId(row.mappingId());
      claim.setAccepted(true);
      decision.getClaims().add(claim);
    }
    decision.getCriteria().clear();
    for (Assessments.CriterionRow row : submission.criteria()) {
      Decision.Criterion criterion = new Decision.Criterion();
      criterion.setCriterionId(row.criterionId());
      decision.getCriteria().add(criterion);
    }
  }

  public String returnForRework() {
    return decide(Review.Outcome.RETURNED);
  }

  public String recordCriteriaMet() {
    return decide(Review.Outcome.CRITERIA_MET);
  }

  private String decide(Review.Outcome outcome) {
    decision.setOutcome(outcome);
    Decision sent = new Decision();
    sent.setOutcome(outcome);
    sent.setFeedback(decision.getFeedback());
    sent.setClaims(decision.getClaims());
    List<Decision.Criterion> judged = new ArrayList<>();
    decision.getCriteria().stream().filter(c -> c.getStatus() != null).forEach(judged::add);
    sent.setCriteria(judged);
    try {
      assessments.decide(currentUser.get(), version, sent);
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

  public Assessments.Submission getSubmission() {
    if (submission == null) {
      submission = assessments.submission(currentUser.get(), version);
    }
    return submission;
  }

  public Judgement.Status[] getStatuses() {
    return new Judgement.Status[] {Judgement.Status.MET, Judgement.Status.NOT_YET_MET};
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

  public boolean isJudging() {
    return judging;
  }

  public Decision getDecision() {
    return decision;
  }
}
