package io.riskwise.centre.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the facts about one apprentice for the progress tests. By default the apprentice started
 * today, is planned to finish in 1000 days (so each ten days is one point of expected pace), was
 * active today and has done nothing yet.
 */
final class Apprentice {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

  static final List<String> OPTIONAL =
      List.of(
          "INSCS027",
          "SDS0368",
          "CFACSD5",
          "SDS0097",
          "CFACSA13",
          "INSBA010",
          "INSCS016",
          "INSCS040",
          "SDS0417",
          "INSCS039");

  /** Two mandatory units, ten optional of which eight needed, ten criteria each; C6 has twenty. */
  static final Scheme SCHEME = scheme();

  private long id = 1;
  private String name = "Alex Apprentice";
  private long cohortId = 10;
  private String cohortName = "September 2026";
  private List<Long> assessorIds = new ArrayList<>(List.of(100L));
  private LocalDate startsOn = TODAY;
  private LocalDate plannedEndOn = TODAY.plusDays(1000);
  private final Map<String, Integer> criteriaMet = new HashMap<>();
  private final Set<String> signedOff = new HashSet<>();
  private int modulesCompleted;
  private LocalDate lastActivity = TODAY;
  private boolean hasDraft;
  private boolean hasSubmitted;

  static Apprentice apprentice() {
    return new Apprentice();
  }

  Apprentice id(long id) {
    this.id = id;
    return this;
  }

  Apprentice name(String name) {
    this.name = name;
    return this;
  }

  Apprentice cohort(long id, String name) {
    this.cohortId = id;
    this.cohortName = name;
    return this;
  }

  Apprentice assessors(Long... ids) {
    this.assessorIds = List.of(ids);
    return this;
  }

  /** Keeps the 1000-day plan, so each ten days since the start is one point of expected pace. */
  Apprentice startedDaysAgo(int days) {
    this.startsOn = TODAY.minusDays(days);
    this.plannedEndOn = startsOn.plusDays(1000);
    return this;
  }

  Apprentice dates(LocalDate startsOn, LocalDate plannedEndOn) {
    this.startsOn = startsOn;
    this.plannedEndOn = plannedEndOn;
    return this;
  }

  Apprentice met(String unit, int criteria) {
    criteriaMet.put(unit, criteria);
    return this;
  }

  Apprentice signedOff(String... units) {
    signedOff.addAll(List.of(units));
    return this;
  }

  Apprentice modules(int completed) {
    this.modulesCompleted = completed;
    return this;
  }

  Apprentice idleFor(int days) {
    this.lastActivity = TODAY.minusDays(days);
    return this;
  }

  Apprentice neverActive() {
    this.lastActivity = null;
    return this;
  }

  Apprentice withDraft() {
    this.hasDraft = true;
    return this;
  }

  Apprentice withSubmission() {
    this.hasSubmitted = true;
    return this;
  }

  ApprenticeFacts facts() {
    return new ApprenticeFacts(
        id,
        name,
        cohortId,
        cohortName,
        assessorIds,
        startsOn,
        plannedEndOn,
        criteriaMet,
        signedOff,
        modulesCompleted,
        lastActivity,
        hasDraft,
        hasSubmitted);
  }

  ApprenticeProgress progress() {
    return progress(RagRules.DEFAULT);
  }

  ApprenticeProgress progress(RagRules rules) {
    return ProgressReport.of(facts(), SCHEME, rules, TODAY);
  }

  private static Scheme scheme() {
    Map<String, Integer> criteria = new HashMap<>();
    criteria.put("INSCS009", 10);
    criteria.put("MSPP", 10);
    OPTIONAL.forEach(unit -> criteria.put(unit, 10));
    criteria.put("C6", 20);
    return new Scheme(
        criteria, List.of("INSCS009", "MSPP"), OPTIONAL, 8, List.of("INSCS027", "C6"), 5);
  }
}
