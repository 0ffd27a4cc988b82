package io.riskwise.assessment.boundary;

import io.riskwise.assessment.entity.Judgement;
import io.riskwise.assessment.entity.Review;
import java.util.ArrayList;
import java.util.List;

/** An assessor's decision on a submitted version, from the review page or the API. */
public class Decision implements java.io.Serializable {
  private Review.Outcome outcome;
  private String feedback;
  private List<Claim> claims = new ArrayList<>();
  private List<Criterion> criteria = new ArrayList<>();

  /** Accepting or rejecting one of the apprentice's claims (a mapping). */
  public static class Claim implements java.io.Serializable {
    private Long mappingId;
    private boolean accepted;
    private String feedback;

    public Long getMappingId() {
      return mappingId;
    }

    public void setMappingId(Long mappingId) {
      this.mappingId = mappingId;
    }

    public boolean isAccepted() {
      return accepted;
    }

    public void setAccepted(boolean accepted) {
      this.accepted = accepted;
    }

    public String getFeedback() {
      return feedback;
    }

    public void setFeedback(String feedback) {
      this.feedback = feedback;
    }
  }

  /** A criterion's status after this review: met or not yet met. */
  public static class Criterion implements java.io.Serializable {
    private String criterionId;
    private Judgement.Status status;
    private String feedback;

    public String getCriterionId() {
      return criterionId;
    }

    public void setCriterionId(String criterionId) {
      this.criterionId = criterionId;
    }

    public Judgement.Status getStatus() {
      return status;
    }

    public void setStatus(Judgement.Status status) {
      this.status = status;
    }

    public String getFeedback() {
      return feedback;
    }

    public void setFeedback(String feedback) {
      this.feedback = feedback;
    }
  }

  public Review.Outcome getOutcome() {
    return outcome;
  }

  public void setOutcome(Review.Outcome outcome) {
    this.outcome = outcome;
  }

  public String getFeedback() {
    return feedback;
  }

  public void setFeedback(String feedback) {
    this.feedback = feedback;
  }

  public List<Claim> getClaims() {
    return claims;
  }

  public void setClaims(List<Claim> claims) {
    this.claims = claims == null ? new ArrayList<>() : claims;
  }

  public List<Criterion> getCriteria() {
    return criteria;
  }

  public void setCriteria(List<Criterion> criteria) {
    this.criteria = criteria == null ? new ArrayList<>() : criteria;
  }
}
