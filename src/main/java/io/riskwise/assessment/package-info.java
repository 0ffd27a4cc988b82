/**
 * Assessment: the assessor's queue and judgements on submitted versions, unit sign-off with a
 * digest of exactly what was signed, the apprentice's countersignature, revocation as a new event,
 * in-app notifications, and the tamper-evident audit trail (a SHA-256 hash chain per centre).
 */
package io.riskwise.assessment;
