/**
 * Training centres at work: cohorts of apprentices, enrolment from a CSV file, allocation of
 * assessors, and progress tracking (per apprentice, cohort, assessor and centre) with a RAG status
 * from the centre's own rules.
 */
package io.riskwise.centre;
