package io.riskwise.platform.audit;

import java.util.Map;

/**
 * A security or administrative change (a person made, a password reset, an allocation, a rule or
 * matrix changed), fired by the feature that made it and appended to the centre's tamper-evident
 * audit trail in the same transaction: who ({@code actorId}), what ({@code event}, {@code subject})
 * and, in {@code details}, the values before and after.
 */
public record AdministrativeChange(
    long centreId, long actorId, String event, String subject, Map<String, ?> details) {}
