package io.riskwise.portfolio.control;

import io.riskwise.portfolio.entity.ActionStatus;
import io.riskwise.portfolio.entity.AssessmentContent;
import io.riskwise.portfolio.entity.AssessmentContent.Risk;
import io.riskwise.portfolio.entity.AssessmentContent.Stage;
import io.riskwise.portfolio.entity.ConsulteeGroup;
import io.riskwise.portfolio.entity.Decision;
import io.riskwise.portfolio.entity.RiskKind;
import io.riskwise.portfolio.entity.Text;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Checks a risk assessment against what C6 and INSCS027 ask of it, in plain words, each with the
 * part of the editor to fix. It guides the apprentice; it never stops a submission, and the
 * assessor still judges.
 */
public class ReadinessCheck {

  /** How well a requirement, or one place in the draft, meets what it asks. */
  public enum Verdict {
    MISSING("Not met"),
    THIN("Thin"),
    MET("Met");

    private final String label;

    Verdict(String label) {
      this.label = label;
    }

    public String getLabel() {
      return label;
    }
  }

  /**
   * One place in the draft where a requirement is not met, or is met only thinly: {@code field} is
   * its editor anchor ("risk-r3", "stage-s1", "consultation", ...), {@code name} says which part
   * ("Risk 3: Queue at the desk"), {@code message} what a good answer would say.
   */
  public record Place(String field, String name, Verdict verdict, String message)
      implements Serializable {}

  /** What the learning suggests for a requirement: a lesson to revise, and why. */
  public record Advice(String message, String lessonTitle, String lessonHref)
      implements Serializable {}

  /**
   * One requirement: its verdict, a message saying what is met or what to do, the first place to
   * put it right ({@code field}, an editor anchor), every place it applies, and the learning's
   * advice where there is some. {@code met} is true only for the verdict met.
   */
  public record Check(
      String requirement,
      boolean met,
      String message,
      String field,
      Verdict verdict,
      List<Place> places,
      Advice advice)
      implements Serializable {

    public Check withAdvice(Advice advice) {
      return new Check(requirement, met, message, field, verdict, places, advice);
    }

    public boolean isThin() {
      return verdict == Verdict.THIN;
    }
  }

  /**
   * The answer: ready when every requirement is met; {@code occasions} are the dated pieces of
   * evidence counted for C6 ER3.
   */
  public record Readiness(boolean ready, List<Check> checks, List<Occasion> occasions)
      implements Serializable {

    /**
     * The requirements met only thinly: they never block a submission, but the apprentice is told.
     */
    public List<Check> thin() {
      return checks.stream().filter(Check::isThin).toList();
    }

    /** The same answer with the learning's advice added to each requirement it has advice for. */
    public Readiness withAdvice(Function<Check, Advice> advice) {
      return new Readiness(
          ready, checks.stream().map(c -> c.withAdvice(advice.apply(c))).toList(), occasions);
    }
  }

  /** A date and occasion a piece of evidence comes from (C6 ER3). */
  public record Occasion(LocalDate date, String occasion) implements Serializable {}

  public Readiness check(AssessmentContent content, Set<Occasion> otherEvidence) {
    List<Check> checks = new ArrayList<>();
    List<Risk> risks = content.risks().stream().filter(r -> !r.isBlank()).toList();
    checks.add(processMapped(content));
    for (RiskKind kind : RiskKind.REQUIRED) {
      checks.add(everyStageConsidered(content, kind));
    }
    checks.add(
        each(
            risks,
            "C6.ER6a",
            r -> Text.present(r.getDescription()),
            "Every risk is described.",
            "describe %s."));
    checks.add(
        each(
            risks,
            "C6.ER6b",
            r -> r.getConsequence() != null && r.hasConsequenceArea(),
            "Every risk has its consequence scored and described for finance, reputation or health"
                + " and safety.",
            "score the consequence of %s and say what it would mean for finance, reputation or"
                + " health and safety."));
    checks.add(
        each(
            risks,
            "C6.ER6c",
            r -> r.getProbability() != null,
            "Every risk has its probability estimated.",
            "estimate the probability of %s."));
    checks.add(
        each(
            risks,
            "C6.ER6d",
            ReadinessCheck::judged,
            "Every risk has a judgement: act with actions, or tolerate with reasons.",
            "decide whether to act on %s (and list the actions) or tolerate it (and say why)."));
    checks.add(consulted(content));
    checks.add(actedAndTolerated(risks));
    checks.add(
        each(
            risks,
            "C6.MP2",
            r -> r.getScore() != null && Text.present(r.getJustification()),
            "Every risk has a rating from the matrix and a written justification.",
            "rate %s on the matrix and justify the rating."));
    checks.add(controlsAndResidual(risks));
    checks.add(controlReviewed(risks));
    checks.add(
        text(
            content.getCustomersTold(),
            "INSCS027.PC6",
            "You say how customers were told of the" + " risks that affect them.",
            "Say how customers were told of the risks that affect" + " them.",
            "customers-told"));
    checks.add(
        text(
            content.getStaffAwareness(),
            "INSCS027.PC7",
            "You say how staff awareness of the risks" + " was raised.",
            "Say how you made staff aware of the risks.",
            "staff-awareness"));
    checks.add(occasions(content, otherEvidence));
    return new Readiness(
        checks.stream().allMatch(Check::met), List.copyOf(checks), List.copyOf(otherEvidence));
  }

  private static Check processMapped(AssessmentContent content) {
    List<Stage> named =
        content.getStages().stream().filter(s -> Text.present(s.getName())).toList();
    if (named.size() < 3) {
      return unmet(
          "C6.MP1",
          "Map your customer service process: at least three named stages, in"
              + " order (you have "
              + named.size()
              + ").",
          "stages");
    }
    if (named.stream().noneMatch(Stage::isMomentOfTruth)) {
      return unmet(
          "C6.MP1",
          "Mark the moments of truth: the stages that most affect how customers" + " feel.",
          "stages");
    }
    return met(
        "C6.MP1",
        "Your process is mapped in " + named.size() + " stages with its moments of" + " truth.");
  }

  private static Check everyStageConsidered(AssessmentContent content, RiskKind kind) {
    String kindName = kind.label().toLowerCase();
    if (content.getStages().isEmpty()) {
      return unmet(
          kind.criterion(),
          "Add the stages of your process, then look for " + kindName + " risks at each.",
          "stages");
    }
    for (Stage stage : content.getStages()) {
      if (stage.isBlank()) {
        continue;
      }
      if (stage.risksOf(kind).isEmpty() && stage.noneFoundReason(kind) == null) {
        return unmet(
            kind.criterion(),
            "Stage \""
                + stageName(stage)
                + "\": add a "
                + kindName
                + " risk, or say why there is none.",
            "stage-" + stage.getId());
      }
    }
    return met(kind.criterion(), "Every stage has been considered for " + kindName + " risks.");
  }

  private static Check each(
      List<Risk> risks, String requirement, Predicate<Risk> test, String metMessage, String fix) {
    if (risks.isEmpty()) {
      return unmet(requirement, "List the risks you found at each stage.", "stages");
    }
    Optional<Risk> missing = risks.stream().filter(test.negate()).findFirst();
    return missing
        .map(
            r -> unmet(requirement, capitalise(String.format(fix, quoted(r))), "risk-" + r.getId()))
        .orElseGet(() -> met(requirement, metMessage));
  }

  private static boolean judged(Risk risk) {
    if (risk.getDecision() == Decision.ACT) {
      return risk.getActions().stream().anyMatch(a -> Text.present(a.getDescription()));
    }
    return risk.getDecision() == Decision.TOLERATE && Text.present(risk.getTolerateReason());
  }

  private static Check consulted(AssessmentContent content) {
    Set<ConsulteeGroup> groups = EnumSet.noneOf(ConsulteeGroup.class);
    content.getConsultees().stream()
        .filter(c -> c.getGroup() != null && Text.present(c.getName()))
        .forEach(c -> groups.add(c.getGroup()));
    if (groups.size() >= 2) {
      return met(
          "C6.ER7", "You consulted " + groups.size() + " of the three groups of colleagues.");
    }
    return unmet(
        "C6.ER7",
        "Consult people from at least two of the three groups: team members or"
            + " colleagues; suppliers or service partners; supervisors, team leaders or managers (you"
            + " have "
            + groups.size()
            + ").",
        "consultation");
  }

  private static Check actedAndTolerated(List<Risk> risks) {
    boolean acted = risks.stream().anyMatch(r -> r.getDecision() == Decision.ACT);
    boolean tolerated = risks.stream().anyMatch(r -> r.getDecision() == Decision.TOLERATE);
    if (acted && tolerated) {
      return met("C6.ER8", "At least one risk is acted on and at least one judged tolerable.");
    }
    String missing =
        acted
            ? "judged tolerable (with your reasons)"
            : tolerated ? "acted on" : "acted on and at least one judged tolerable";
    return unmet("C6.ER8", "Show at least one risk " + missing + ".", "stages");
  }

  private static Check controlsAndResidual(List<Risk> risks) {
    List<Risk> acted = risks.stream().filter(r -> r.getDecision() == Decision.ACT).toList();
    if (acted.isEmpty()) {
      return unmet(
          "C6.MP3",
          "Act on at least one risk: record its controls and the residual risk" + " after them.",
          "stages");
    }
    return acted.stream()
        .filter(r -> r.getActions().isEmpty() || r.getResidualScore() == null)
        .findFirst()
        .map(
            r ->
                unmet(
                    "C6.MP3",
                    "Record the controls for "
                        + quoted(r)
                        + " and rate the risk"
                        + " left after them (the residual risk).",
                    "risk-" + r.getId()))
        .orElseGet(
            () -> met("C6.MP3", "Every risk you act on has controls and a residual rating."));
  }

  private static Check controlReviewed(List<Risk> risks) {
    boolean reviewed =
        risks.stream()
            .anyMatch(
                r ->
                    r.getActions().stream().anyMatch(a -> a.getStatus() == ActionStatus.DONE)
                        && Text.present(r.getReview()));
    if (reviewed) {
      return met("C6.MP4", "A control is in place and you have reviewed how well it works.");
    }
    Optional<Risk> done =
        risks.stream()
            .filter(r -> r.getActions().stream().anyMatch(a -> a.getStatus() == ActionStatus.DONE))
            .findFirst();
    return done.map(
            r ->
                unmet(
                    "C6.MP4",
                    "Review how well the control on " + quoted(r) + " has worked.",
                    "risk-" + r.getId()))
        .orElseGet(
            () ->
                unmet(
                    "C6.MP4",
                    "Put at least one control in place (an action marked"
                        + " done) and review how well it worked.",
                    "stages"));
  }

  private static Check occasions(AssessmentContent content, Set<Occasion> otherEvidence) {
    Set<Occasion> all = new HashSet<>(otherEvidence);
    if (content.getDate() != null) {
      all.add(new Occasion(content.getDate(), "risk assessment"));
    }
    long dates = all.stream().map(Occasion::date).filter(Objects::nonNull).distinct().count();
    if (dates >= 2) {
      return met("C6.ER3", "Your portfolio has evidence from " + dates + " different occasions.");
    }
    return unmet(
        "C6.ER3",
        "Add evidence from at least two different occasions, e.g. a witness"
            + " testimony or reflective account from another day (you have "
            + dates
            + ").",
        "evidence");
  }

  private static Check text(
      String value, String requirement, String metMessage, String fix, String field) {
    return Text.present(value) ? met(requirement, metMessage) : unmet(requirement, fix, field);
  }

  private static String stageName(Stage stage) {
    return Text.present(stage.getName()) ? stage.getName().strip() : "unnamed";
  }

  private static String quoted(Risk risk) {
    return Text.present(risk.getDescription()) ? "\"" + risk.name() + "\"" : risk.name();
  }

  private static String capitalise(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static Check met(String requirement, String message) {
    return new Check(requirement, true, message, null, Verdict.MET, List.of(), null);
  }

  private static Check unmet(String requirement, String message, String field) {
    return new Check(requirement, false, message, field, Verdict.MISSING, List.of(), null);
  }
}
