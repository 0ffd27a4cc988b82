/**
 * The risk rating matrix, in one home: what the lessons teach (the default 5 x 5) and what a centre
 * chooses and an assessment keeps. Plain values, used by learning and portfolio; it depends on
 * nothing of Riskwise.
 */
package io.riskwise.rating;
