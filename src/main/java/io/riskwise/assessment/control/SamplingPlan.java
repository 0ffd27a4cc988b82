package io.riskwise.assessment.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

/**
 * Which assessor decisions an IQA samples. Each decision has a share: the plan's base share, or the
 * higher share for a new assessor (fewer than {@code newBelow} decisions) or one with {@code
 * referredAtLeast} or more referrals, or the share set for its unit or evidence method, whichever
 * is highest. Whether a decision falls in the sample is decided by its SHA-256 bucket (0-99), so
 * the selection is stable, spread evenly, and the same for everyone who asks.
 */
public record SamplingPlan(
    int basePercent,
    int newPercent,
    int newBelow,
    int referredPercent,
    int referredAtLeast,
    Map<String, Integer> unitPercents,
    Map<String, Integer> methodPercents) {

  /**
   * The default: a quarter of all decisions, all of a new assessor's first five, half for two
   * referrals.
   */
  public static SamplingPlan standard() {
    return new SamplingPlan(25, 100, 5, 50, 2, Map.of(), Map.of());
  }

  public SamplingPlan {
    unitPercents = unitPercents == null ? Map.of() : Map.copyOf(unitPercents);
    methodPercents = methodPercents == null ? Map.of() : Map.copyOf(methodPercents);
  }

  /** What the plan knows about one decision. */
  public record Item(
      String kind,
      long id,
      String unit,
      String method,
      int assessorDecisions,
      int assessorReferrals) {}

  public int percentFor(Item item) {
    int percent = basePercent;
    if (item.assessorDecisions() < newBelow) {
      percent = Math.max(percent, newPercent);
    }
    if (item.assessorReferrals() >= referredAtLeast) {
      percent = Math.max(percent, referredPercent);
    }
    percent = Math.max(percent, unitPercents.getOrDefault(item.unit(), 0));
    percent = Math.max(percent, methodPercents.getOrDefault(item.method(), 0));
    return Math.min(100, percent);
  }

  public boolean samples(Item item) {
    return bucket(item.kind() + ":" + item.id()) < percentFor(item);
  }

  /** 0-99 from the first bytes of the key's SHA-256. */
  static int bucket(String key) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      int value = ((hash[0] & 0xff) << 8) | (hash[1] & 0xff);
      return value % 100;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /** Plain-English problems; empty when the plan can be used. */
  public java.util.List<String> problems() {
    java.util.List<String> problems = new java.util.ArrayList<>();
    for (int p : new int[] {basePercent, newPercent, referredPercent}) {
      if (p < 0 || p > 100) {
        problems.add("Each share must be a percentage from 0 to 100.");
        break;
      }
    }
    if (newBelow < 0 || referredAtLeast < 1) {
      problems.add("Give a number of decisions of 0 or more, and of referrals of 1 or more.");
    }
    if (java.util.stream.Stream.concat(
            unitPercents.values().stream(), methodPercents.values().stream())
        .anyMatch(p -> p == null || p < 0 || p > 100)) {
      problems.add("Each unit and method share must be a percentage from 0 to 100.");
    }
    return problems;
  }
}
