package io.riskwise.platform.audit;

/**
 * Something a centre's figures are worked out from changed (a judgement, a sign-off, an enrolment,
 * an allocation, a cohort): fired in the transaction that made the change, so that an observer
 * {@code during = AFTER_SUCCESS} acts once it is committed, and not at all when it is rolled back.
 */
public record CentreChanged(long centreId) {}
