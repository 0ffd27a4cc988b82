package io.riskwise.catalogue.control;

import io.riskwise.catalogue.entity.Catalogue;
import io.riskwise.catalogue.entity.Criterion;
import io.riskwise.catalogue.entity.Kind;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One judgement counts for its twins. For one apprentice, a criterion is met when its own latest
 * judgement is met, or else through an exact-match twin of the cross-map (C6 2.3 for INSCS027 PC10
 * and K7): a twin whose own latest judgement is met, or, failing that, a twin whose unit has an
 * active sign-off (a signed-off unit counts as fully met). Only one step: a criterion met through a
 * twin carries nothing further. Related-only links never carry.
 *
 * <p>What carries is always the present state, so a twin judged not yet met later, or a sign-off
 * revoked, withdraws what it carried. A criterion judged not yet met itself is still met through a
 * twin that is met: the same evidence, judged met, counts for both.
 */
public final class TwinRule {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

  /** What a criterion is met on: a judgement, or the active sign-off of the twin's unit. */
  public enum Basis {
    JUDGED,
    SIGNED_OFF
  }

  /** A criterion's latest criterion-level judgement: met or not, by whom and on which day. */
  public record Judged(boolean met, String by, LocalDate on) {}

  /** A unit's active sign-off: by whom and on which day. */
  public record SignedOff(String by, LocalDate on) {}

  /**
   * Where one criterion stands.
   *
   * @param through the twin it is met through; null when met on its own or not met
   * @param basis what it is met on: its own (or the twin's) judgement, or the twin unit's sign-off
   * @param by who judged or signed off what decides it; null when nothing was judged
   * @param on the day of that judgement or sign-off
   */
  public record Standing(
      String criterionId, boolean met, String through, Basis basis, String by, LocalDate on) {

    public boolean carried() {
      return through != null;
    }

    /** "Met through C6.2.3, judged by Priya Shah on 12 Nov 2026", or null when not carried. */
    public String origin() {
      if (!carried()) {
        return null;
      }
      String unit = through.substring(0, through.indexOf('.'));
      return "Met through "
          + through
          + (basis == Basis.SIGNED_OFF ? ", " + unit + " signed off by " : ", judged by ")
          + by
          + " on "
          + DAY.format(on);
    }
  }

  private final Catalogue catalogue;
  private final Map<String, Judged> latest;
  private final Map<String, SignedOff> signedOff;

  /**
   * @param latest each criterion's latest criterion-level judgement, by criterion id
   * @param signedOff the units with an active (not revoked) sign-off, by unit code
   */
  public TwinRule(
      Catalogue catalogue, Map<String, Judged> latest, Map<String, SignedOff> signedOff) {
    this.catalogue = catalogue;
    this.latest = Map.copyOf(latest);
    this.signedOff = Map.copyOf(signedOff);
  }

  public Standing of(String criterionId) {
    Judged own = latest.get(criterionId);
    if (own != null && own.met()) {
      return new Standing(criterionId, true, null, Basis.JUDGED, own.by(), own.on());
    }
    Optional<Standing> carried = carried(criterionId);
    if (carried.isPresent()) {
      return carried.get();
    }
    return own == null
        ? new Standing(criterionId, false, null, null, null, null)
        : new Standing(criterionId, false, null, Basis.JUDGED, own.by(), own.on());
  }

  /** The twin that carries a criterion: a twin judged met first, else a signed-off twin. */
  private Optional<Standing> carried(String criterionId) {
    List<String> twins = catalogue.exactTwins(criterionId);
    for (String twin : twins) {
      Judged judged = latest.get(twin);
      if (judged != null && judged.met()) {
        return Optional.of(
            new Standing(criterionId, true, twin, Basis.JUDGED, judged.by(), judged.on()));
      }
    }
    for (String twin : twins) {
      SignedOff unit = catalogue.criterion(twin).map(this::signedOffUnit).orElse(null);
      if (unit != null) {
        return Optional.of(
            new Standing(criterionId, true, twin, Basis.SIGNED_OFF, unit.by(), unit.on()));
      }
    }
    return Optional.empty();
  }

  /**
   * For progress figures: per standard, how many criteria are met only through a twin, given the
   * criteria met on their own judgement and the units with an active sign-off.
   */
  public static Map<String, Integer> carriedPerStandard(
      Catalogue catalogue, Set<String> metDirectly, Set<String> signedOffUnits) {
    Map<String, Judged> latest = new HashMap<>();
    metDirectly.forEach(id -> latest.put(id, new Judged(true, null, null)));
    Map<String, SignedOff> units = new HashMap<>();
    signedOffUnits.forEach(unit -> units.put(unit, new SignedOff(null, null)));
    TwinRule rule = new TwinRule(catalogue, latest, units);
    Set<String> candidates = new HashSet<>();
    metDirectly.forEach(id -> candidates.addAll(catalogue.exactTwins(id)));
    for (String unit : signedOffUnits) {
      catalogue.standard(unit).stream()
          .flatMap(standard -> standard.criteria().stream())
          .forEach(criterion -> candidates.addAll(catalogue.exactTwins(criterion.id())));
    }
    Map<String, Integer> carried = new HashMap<>();
    for (String id : candidates) {
      Criterion criterion = catalogue.criterion(id).orElse(null);
      if (criterion != null
          && signedOn(criterion)
          && !metDirectly.contains(id)
          && rule.of(id).met()) {
        carried.merge(criterion.standardCode(), 1, Integer::sum);
      }
    }
    return carried;
  }

  private static boolean signedOn(Criterion criterion) {
    return criterion.kind() != Kind.EVIDENCE && criterion.kind() != Kind.MARKING_POINT;
  }

  private SignedOff signedOffUnit(Criterion criterion) {
    return signedOn(criterion) ? signedOff.get(criterion.standardCode()) : null;
  }
}
