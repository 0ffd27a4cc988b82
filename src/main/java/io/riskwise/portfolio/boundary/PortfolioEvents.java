package io.riskwise.portfolio.boundary;

/**
 * Events the portfolio fires for other features to act on, without the portfolio knowing them:
 * assessment notifies assessors of a submission, and refuses changes to evidence a sign-off covers
 * (an observer throwing stops the change).
 */
public final class PortfolioEvents {
  private PortfolioEvents() {}

  /** A version was submitted for assessment. */
  public record Submitted(Long apprenticeId, Long assessmentId, Long versionId, int number) {}

  /** Evidence is about to be removed: an item (with its mappings) or one mapping. */
  public record Removing(Long apprenticeId, Long evidenceId, Long mappingId) {}
}
