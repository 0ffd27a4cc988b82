package io.riskwise.assessment.boundary;

import io.riskwise.assessment.entity.Judgement;
import io.riskwise.assessment.entity.Review;
import io.riskwise.portfolio.entity.Text;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What the assessor has marked so far on the judging page: for each claimed criterion met or not
 * yet met with a comment, for each of its claims accepted or rejected; optionally a judgement on
 * criteria nobody claimed. Nothing starts selected, and a review is only sent once every claimed
 * criterion and every claim is decided: {@link #problems()} names what is still open. A rejected
 * claim's reason is its criterion's comment.
 */
public class Marking implements Serializable {
  private final List<Mark> claimed = new ArrayList<>();
  private final List<Mark> unclaimed = new ArrayList<>();
  private String feedback;

  /** One criterion's decision and comment, and its claims' decisions. */
  public static class Mark implements Serializable {
    private final String criterionId;
    private final List<ClaimMark> claims = new ArrayList<>();
    private Judgement.Status status;
    private String comment;

    public Mark(String criterionId) {
      this.criterionId = criterionId;
    }

    public Mark claim(long mappingId) {
      claims.add(new ClaimMark(mappingId));
      return this;
    }

    boolean rejectsAClaim() {
      return claims.stream().anyMatch(c -> c.getVerdict() == Judgement.Status.REJECTED);
    }

    boolean hasUndecidedClaim() {
      return claims.stream().anyMatch(c -> c.getVerdict() == null);
    }

    public String getCriterionId() {
      return criterionId;
    }

    public List<ClaimMark> getClaims() {
      return claims;
    }

    public Judgement.Status getStatus() {
      return status;
    }

    public void setStatus(Judgement.Status status) {
      this.status = status;
    }

    public String getComment() {
      return comment;
    }

    public void setComment(String comment) {
      this.comment = comment;
    }
  }

  /** One claim accepted ({@code MET}) or rejected ({@code REJECTED}); null until decided. */
  public static class ClaimMark implements Serializable {
    private final long mappingId;
    private Judgement.Status verdict;

    public ClaimMark(long mappingId) {
      this.mappingId = mappingId;
    }

    public long getMappingId() {
      return mappingId;
    }

    public Judgement.Status getVerdict() {
      return verdict;
    }

    public void setVerdict(Judgement.Status verdict) {
      this.verdict = verdict;
    }
  }

  /** Plain-English reasons the review cannot be sent yet; empty when it can. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    List<String> undecided =
        claimed.stream().filter(m -> m.status == null).map(Mark::getCriterionId).toList();
    if (!undecided.isEmpty()) {
      problems.add(
          "Choose met or not yet met for every claimed criterion. Still undecided: "
              + String.join(", ", undecided)
              + ".");
    }
    List<String> openClaims =
        claimed.stream().filter(Mark::hasUndecidedClaim).map(Mark::getCriterionId).toList();
    if (!openClaims.isEmpty()) {
      problems.add(
          "Accept or reject every claim. Claims still undecided on: "
              + String.join(", ", openClaims)
              + ".");
    }
    List<String> unexplained =
        claimed.stream()
            .filter(m -> m.rejectsAClaim() && !Text.present(m.comment))
            .map(Mark::getCriterionId)
            .toList();
    if (!unexplained.isEmpty()) {
      problems.add(
          "Say in the comment why you rejected a claim on: "
              + String.join(", ", unexplained)
              + ".");
    }
    return problems;
  }

  /** The decision as the facade and the API take it. */
  public Decision toDecision(Review.Outcome outcome) {
    Decision decision = new Decision();
    decision.setOutcome(outcome);
    decision.setFeedback(feedback);
    for (Mark mark : claimed) {
      for (ClaimMark c : mark.claims) {
        Decision.Claim claim = new Decision.Claim();
        claim.setMappingId(c.mappingId);
        claim.setAccepted(c.verdict == Judgement.Status.MET);
        claim.setFeedback(c.verdict == Judgement.Status.REJECTED ? mark.comment : null);
        decision.getClaims().add(claim);
      }
    }
    for (Mark mark : claimed) {
      add(decision, mark);
    }
    for (Mark mark : unclaimed) {
      add(decision, mark);
    }
    return decision;
  }

  private static void add(Decision decision, Mark mark) {
    if (mark.status != null) {
      Decision.Criterion criterion = new Decision.Criterion();
      criterion.setCriterionId(mark.criterionId);
      criterion.setStatus(mark.status);
      criterion.setFeedback(mark.comment);
      decision.getCriteria().add(criterion);
    }
  }

  public List<Mark> getClaimed() {
    return claimed;
  }

  public List<Mark> getUnclaimed() {
    return unclaimed;
  }

  public String getFeedback() {
    return feedback;
  }

  public void setFeedback(String feedback) {
    this.feedback = feedback;
  }
}
