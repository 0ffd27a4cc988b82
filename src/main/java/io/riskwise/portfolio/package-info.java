/**
 * The portfolio: the apprentice's workplace risk assessments (drafts autosaved, submitted versions
 * frozen with a digest), other evidence (uploaded files, witness testimony, reflective accounts,
 * professional discussions, products), the mapping of both to criteria, the readiness check against
 * C6 and INSCS027, and PDF exports.
 */
package io.riskwise.portfolio;
