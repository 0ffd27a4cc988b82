package io.riskwise.centre.control;

import static java.time.temporal.ChronoUnit.DAYS;

import io.riskwise.centre.control.ApprenticeProgress.UnitProgress;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the facts about an apprentice into their progress on a given day. The day is always passed
 * in, so a report can be reproduced and tested.
 *
 * <p>Overall progress measures the way to the framework rule ("all mandatory and at least eight
 * optional"). The rule has one slot per mandatory unit plus one per optional unit needed (2 + 8 =
 * 10). Each unit's share is its criteria met over its criteria, or 1 once it is signed off. Every
 * mandatory unit fills its own slot with its share; the optional slots are filled by the optional
 * units with the highest shares, so work on a ninth optional unit does not count until it beats one
 * of the best eight. Overall is the sum of the slots over their number.
 *
 * <p>The expected pace is the share of the time from start to planned end that has passed, and
 * behind points are how many percentage points overall trails it. {@link RagRules} turns days idle
 * and points behind into red, amber or green; an apprentice who has met the framework rule, or not
 * started yet, is green whatever the figures say.
 */
public final class ProgressReport {
  private ProgressReport() {}

  public static List<ApprenticeProgress> of(
      List<ApprenticeFacts> facts, Scheme scheme, RagRules rules, LocalDate today) {
    return facts.stream().map(f -> of(f, scheme, rules, today)).toList();
  }

  public static ApprenticeProgress of(
      ApprenticeFacts facts, Scheme scheme, RagRules rules, LocalDate today) {
    List<UnitProgress> units =
        scheme.reportedUnits().stream().map(unit -> unit(facts, scheme, unit)).toList();
    int mandatoryDone =
        (int) scheme.mandatoryUnits().stream().filter(facts.signedOffUnits()::contains).count();
    int optionalDone =
        (int) scheme.optionalUnits().stream().filter(facts.signedOffUnits()::contains).count();
    boolean frameworkMet =
        mandatoryDone == scheme.mandatoryUnits().size() && optionalDone >= scheme.optionalNeeded();
    double overall = overall(facts, scheme);
    double expected = expected(facts.startsOn(), facts.plannedEndOn(), today);
    int behindPoints = Math.max(0, (int) Math.round((expected - overall) * 100));
    boolean started = !facts.startsOn().isAfter(today);
    LocalDate idleSince = facts.lastActivity() != null ? facts.lastActivity() : facts.startsOn();
    int idleDays = (int) Math.max(0, DAYS.between(idleSince, today));
    int daysToEnd = (int) DAYS.between(today, facts.plannedEndOn());

    Rag rag;
    List<String> reasons;
    if (frameworkMet) {
      rag = Rag.GREEN;
      reasons = List.of("Framework complete");
    } else if (!started) {
      rag = Rag.GREEN;
      reasons = List.of("Not started yet");
    } else {
      rag = rules.rate(idleDays, behindPoints);
      reasons = rules.reasons(idleDays, facts.lastActivity() != null, behindPoints);
    }

    return new ApprenticeProgress(
        facts,
        units,
        mandatoryDone,
        scheme.mandatoryUnits().size(),
        optionalDone,
        scheme.optionalNeeded(),
        frameworkMet,
        overall,
        expected,
        behindPoints,
        idleDays,
        daysToEnd,
        facts.modulesCompleted(),
        scheme.modules(),
        started,
        rag,
        reasons,
        stage(facts, units));
  }

  /** A share from 0 to 1 as a whole percentage, rounded half up. */
  public static int percent(double share) {
    return (int) Math.round(share * 100);
  }

  private static UnitProgress unit(ApprenticeFacts facts, Scheme scheme, String unit) {
    int criteria = scheme.criteria(unit);
    boolean signedOff = facts.signedOffUnits().contains(unit);
    int met = signedOff ? criteria : Math.min(criteria, facts.criteriaMet().getOrDefault(unit, 0));
    return new UnitProgress(unit, met, criteria, signedOff);
  }

  private static double share(ApprenticeFacts facts, Scheme scheme, String unit) {
    return unit(facts, scheme, unit).share();
  }

  private static double overall(ApprenticeFacts facts, Scheme scheme) {
    if (scheme.slots() == 0) {
      return 1;
    }
    double mandatory =
        scheme.mandatoryUnits().stream().mapToDouble(u -> share(facts, scheme, u)).sum();
    double bestOptional =
        scheme.optionalUnits().stream()
            .map(u -> share(facts, scheme, u))
            .sorted(Comparator.reverseOrder())
            .limit(scheme.optionalNeeded())
            .mapToDouble(Double::doubleValue)
            .sum();
    return (mandatory + bestOptional) / scheme.slots();
  }

  /** The share of the planned time passed: 0 before the start, 1 from the planned end on. */
  static double expected(LocalDate startsOn, LocalDate plannedEndOn, LocalDate today) {
    long elapsed = DAYS.between(startsOn, today);
    long planned = DAYS.between(startsOn, plannedEndOn);
    if (elapsed <= 0) {
      return 0;
    }
    if (elapsed >= planned) {
      return 1;
    }
    return (double) elapsed / planned;
  }

  private static FunnelStage stage(ApprenticeFacts facts, List<UnitProgress> units) {
    if (units.stream().anyMatch(UnitProgress::signedOff)) {
      return FunnelStage.SIGNED_OFF;
    }
    if (facts.hasSubmitted()) {
      return FunnelStage.SUBMITTED;
    }
    return facts.hasDraft() ? FunnelStage.DRAFT : FunnelStage.NOTHING_YET;
  }
}
