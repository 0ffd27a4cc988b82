package io.riskwise.centre.boundary;

import io.riskwise.centre.control.RagRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps each group's progress report for a short while ({@code riskwise.progress.cache-seconds}, 30
 * by default; 0 turns it off), so that many people opening the dashboard of a 1,000-apprentice
 * cohort share one computation. The pages say how old the figures are. Judgements, sign-offs,
 * enrolments, allocations and cohort changes forget a centre's reports at once, so decisions show
 * straight away; only activity dates (a lesson opened, a draft saved) may lag by the cache time.
 */
@ApplicationScoped
public class ProgressCache {
  static final int MOST_REPORTS = 500;

  @Inject
  @ConfigProperty(name = "riskwise.progress.cache-seconds", defaultValue = "30")
  int seconds;

  Clock clock = Clock.systemUTC();

  private final Map<Key, Progress.Report> reports = new ConcurrentHashMap<>();

  /** Whose report: a centre, optionally one cohort, optionally one assessor's caseload. */
  record Key(long centreId, Long cohortId, Long assessorId, RagRules rules) {}

  Progress.Report get(Key key, Supplier<Progress.Report> compute) {
    if (seconds <= 0) {
      return compute.get();
    }
    Progress.Report kept = reports.get(key);
    if (kept != null && kept.computedAt().plus(Duration.ofSeconds(seconds)).isAfter(now())) {
      return kept;
    }
    Progress.Report fresh = compute.get();
    if (reports.size() >= MOST_REPORTS) {
      reports.clear();
    }
    reports.put(key, fresh);
    return fresh;
  }

  /** Something that changes progress happened at this centre. */
  public void forget(long centreId) {
    reports.keySet().removeIf(key -> key.centreId() == centreId);
  }

  Instant now() {
    return clock.instant();
  }

  int size() {
    return reports.size();
  }
}
