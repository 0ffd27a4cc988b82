/**
 * Learning: the five modules of {@code content/learning}, their interactive activities, knowledge
 * checks and each apprentice's progress. Module work is knowledge evidence only: C6 evidence
 * requirement 1 forbids simulation as performance evidence.
 */
package io.riskwise.learning;
