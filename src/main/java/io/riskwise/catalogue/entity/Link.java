package io.riskwise.catalogue.entity;

/**
 * Two criteria met by the same evidence, so one piece of evidence counts for both. Written once in
 * the content, it holds in both directions.
 *
 * @param source why the link holds: {@code DOMAIN.md} for the core table, else a short reason
 */
public record Link(String from, String to, String source) {
  public static final String CORE = "DOMAIN.md";

  public boolean isCore() {
    return CORE.equals(source);
  }
}
