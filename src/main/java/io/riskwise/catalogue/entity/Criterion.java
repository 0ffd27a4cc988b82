package io.riskwise.catalogue.entity;

/**
 * One thing an apprentice must show, with the exact wording of its source. Its id ({@code
 * INSCS027.PC8}, {@code C6.ER7a}) never changes, because evidence and judgements refer to it.
 *
 * @param outcome the learning outcome of an assessment criterion, otherwise null
 * @param parent the id of the evidence requirement a lettered part belongs to, otherwise null
 * @param rule how many parts of a requirement must be met ({@code all of}, {@code two of})
 * @param position the place in its standard, in source order, from 1
 */
public record Criterion(
    String id,
    String standardCode,
    Kind kind,
    String number,
    String text,
    boolean workplaceEvidence,
    Integer outcome,
    String parent,
    String rule,
    String note,
    int position) {}
