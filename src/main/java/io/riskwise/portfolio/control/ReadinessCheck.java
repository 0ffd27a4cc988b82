package io.riskwise.portfolio.control;

import io.riskwise.portfolio.entity.ActionOrigin;
import io.riskwise.portfolio.entity.ActionStatus;
import io.riskwise.portfolio.entity.AssessmentContent;
import io.riskwise.portfolio.entity.AssessmentContent.Action;
import io.riskwise.portfolio.entity.AssessmentContent.Consultee;
import io.riskwise.portfolio.entity.AssessmentContent.Risk;
import io.riskwise.portfolio.entity.AssessmentContent.Stage;
import io.riskwise.portfolio.entity.ConsulteeGroup;
import io.riskwise.portfolio.entity.Decision;
import io.riskwise.portfolio.entity.RiskKind;
import io.riskwise.portfolio.entity.Text;
import io.riskwise.rating.Band;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks a risk assessment against what C6 and INSCS027 ask of it: for each requirement a verdict
 * (missing, thin or met) and every place in the draft that falls short, with what a good answer
 * would say. "Thin" is text that says nothing (placeholders, far too short, pasted, a repeat of a
 * name) or an answer that does not hang together (a residual rating no lower than the initial one,
 * a high risk tolerated without who agreed). It guides the apprentice; it never stops a saving or a
 * submission, and the assessor still judges. It never throws on a half-filled draft.
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
  }

  /**
   * The answer: ready when every requirement is met; {@code occasions} are the dated pieces of
   * evidence counted for C6 ER3.
   */
  public record Readiness(boolean ready, List<Check> checks, List<Occasion> occasions)
      implements Serializable {

    /** The same answer with the learning's advice added to each requirement it has advice for. */
    public Readiness withAdvice(Function<Check, Advice> advice) {
      return new Readiness(
          ready, checks.stream().map(c -> c.withAdvice(advice.apply(c))).toList(), occasions);
    }
  }

  /** A date and occasion a piece of evidence comes from (C6 ER3). */
  public record Occasion(LocalDate date, String occasion) implements Serializable {}

  public Readiness check(AssessmentContent draft, Set<Occasion> mappedEvidence) {
    return new Run(Documents.copy(draft), mappedEvidence).readiness();
  }

  /** One run of the check over one draft: its parts named once, its pasted text counted once. */
  private static final class Run {
    private final AssessmentContent content;
    private final Set<Occasion> mappedEvidence;
    private final List<Stage> stages;
    private final List<Risk> risks;
    private final Map<Risk, String> riskNames = new IdentityHashMap<>();
    private final Map<Stage, String> stageNames = new IdentityHashMap<>();
    private final Substance substance = new Substance();

    Run(AssessmentContent content, Set<Occasion> mappedEvidence) {
      this.content = content;
      this.mappedEvidence = mappedEvidence == null ? Set.of() : mappedEvidence;
      this.stages = content.getStages().stream().filter(s -> !s.isBlank()).toList();
      this.risks =
          stages.stream().flatMap(s -> s.getRisks().stream()).filter(r -> !r.isBlank()).toList();
      for (int s = 0; s < stages.size(); s++) {
        Stage stage = stages.get(s);
        stageNames.put(stage, "Stage " + (s + 1) + ": " + orUnnamed(stage.getName()));
        List<Risk> own = stage.getRisks().stream().filter(r -> !r.isBlank()).toList();
        for (int r = 0; r < own.size(); r++) {
          riskNames.put(
              own.get(r), "Stage " + (s + 1) + ", risk " + (r + 1) + ": " + own.get(r).name());
        }
      }
      countUses();
    }

    private void countUses() {
      for (Risk risk : risks) {
        substance.use("description", risk.getDescription());
        substance.use("justification", risk.getJustification());
        substance.use("tolerateReason", risk.getTolerateReason());
        substance.use("review", risk.getReview());
        risk.getActions().forEach(a -> substance.use("action", a.getDescription()));
        String[] areas = areas(risk);
        for (int a = 0; a < areas.length; a++) {
          substance.use("consequence:" + a, areas[a]);
        }
        Set<String> own = new HashSet<>();
        for (String area : areas(risk)) {
          if (Text.present(area) && !own.add(Substance.normal(area))) {
            substance.use("consequenceInOneRisk", area);
          }
        }
      }
      for (Stage stage : stages) {
        stage.getNoneFound().forEach((kind, reason) -> substance.use("none:" + kind, reason));
      }
      content.getConsultees().forEach(c -> substance.use("contribution", c.getContribution()));
    }

    Readiness readiness() {
      List<Check> checks = new ArrayList<>();
      checks.add(processMapped());
      for (RiskKind kind : RiskKind.REQUIRED) {
        checks.add(everyStageConsidered(kind));
      }
      checks.add(described());
      checks.add(consequences());
      checks.add(probabilities());
      checks.add(judged());
      checks.add(consulted());
      checks.add(actedOn());
      checks.add(tolerated());
      checks.add(rated());
      checks.add(controlsAndResidual());
      checks.add(controlReviewed());
      checks.add(
          told(
              "INSCS027.PC6",
              "customers-told",
              "Customers",
              content.getCustomersTold(),
              content.getCustomersToldWho(),
              content.getCustomersToldOn(),
              "how you told customers of the risks that affect them"));
      checks.add(
          told(
              "INSCS027.PC7",
              "staff-awareness",
              "Staff",
              content.getStaffAwareness(),
              content.getStaffToldWho(),
              content.getStaffToldOn(),
              "how you made staff aware of the risks"));
      List<Occasion> counted = occasions();
      checks.add(occasionsCheck(counted));
      return new Readiness(checks.stream().allMatch(Check::met), List.copyOf(checks), counted);
    }

    private Check processMapped() {
      Finding f = new Finding("C6.MP1");
      List<Stage> named = stages.stream().filter(s -> Text.present(s.getName())).toList();
      if (named.size() < 3) {
        return f.missing(
            "Map your customer service process: at least three named stages, in order (you have "
                + named.size()
                + ").",
            "stages");
      }
      if (named.stream().noneMatch(Stage::isMomentOfTruth)) {
        return f.missing(
            "Mark the moments of truth: the stages that most affect how customers feel.", "stages");
      }
      for (Stage stage : stages) {
        String where = stageField(stage);
        if (!Text.present(stage.getName())) {
          f.thin(where, stageNames.get(stage), "Give this stage a name that says what happens.");
        } else if (Substance.thinName(stage.getName()) != null) {
          f.thin(
              where,
              stageNames.get(stage),
              "The name "
                  + Substance.thinName(stage.getName())
                  + ": give the stage a name that says what happens, e.g. \"Paying at the"
                  + " tills\".");
        }
        thinText(
            f,
            where,
            stageNames.get(stage),
            "description",
            stage.getDescription(),
            5,
            "say in a sentence or two what happens at this stage and who is involved",
            null,
            stage.getName());
      }
      return f.verdict(
          "Your process is mapped in " + named.size() + " stages with its moments of truth.",
          "Your process is mapped, but some stages are not described clearly enough.");
    }

    private Check everyStageConsidered(RiskKind kind) {
      Finding f = new Finding(kind.criterion());
      String kindName = kind.label().toLowerCase(Locale.ROOT);
      if (stages.isEmpty()) {
        return f.missing(
            "Add the stages of your process, then look for " + kindName + " risks at each.",
            "stages");
      }
      for (Stage stage : stages) {
        if (!stage.risksOf(kind).isEmpty()) {
          continue;
        }
        String reason = stage.noneFoundReason(kind);
        if (reason == null) {
          f.place(
              Verdict.MISSING,
              stageField(stage),
              stageNames.get(stage),
              "Add a " + kindName + " risk at this stage, or say why there is none.");
          continue;
        }
        String thin = Substance.thinness(reason, 5, stage.getName());
        if (thin == null && pastedAcrossKinds(reason, kind)) {
          thin = "is the same as your reason for another kind of risk";
        }
        if (thin != null) {
          f.thin(
              stageField(stage),
              stageNames.get(stage),
              "Your reason for no "
                  + kindName
                  + " risk "
                  + thin
                  + ": say why no "
                  + kindName
                  + " risk arises at this stage, from what happens there.");
        }
      }
      return f.verdict(
          "Every stage has been considered for " + kindName + " risks.",
          "Every stage has been considered for " + kindName + " risks, but some reasons are thin.",
          "Some stages have no " + kindName + " risk and no reason why there is none.");
    }

    private boolean pastedAcrossKinds(String reason, RiskKind kind) {
      return RiskKind.REQUIRED.stream()
          .filter(other -> other != kind)
          .anyMatch(other -> substance.pasted("none:" + other.name(), reason, 1));
    }

    private Check described() {
      Finding f = new Finding("C6.ER6a");
      if (risks.isEmpty()) {
        return f.missing("List the risks you found at each stage.", "stages");
      }
      for (Risk risk : risks) {
        if (!Text.present(risk.getDescription())) {
          f.place(Verdict.MISSING, riskField(risk), riskNames.get(risk), "Describe this risk.");
          continue;
        }
        thinText(
            f,
            riskField(risk),
            riskNames.get(risk),
            "description",
            risk.getDescription(),
            4,
            "say what could go wrong, why, and what it would lead to",
            "description",
            stageOf(risk));
      }
      return f.verdict(
          "Every risk is described.",
          "Every risk is described, but some only thinly.",
          "Some risks are not described.");
    }

    private Check consequences() {
      Finding f = new Finding("C6.ER6b");
      if (risks.isEmpty()) {
        return f.missing("List the risks you found at each stage.", "stages");
      }
      for (Risk risk : risks) {
        List<String> empty = new ArrayList<>();
        if (risk.getConsequence() == null) {
          empty.add("score its consequence");
        }
        String[] areas = areas(risk);
        for (int a = 0; a < AREAS.length; a++) {
          if (!Text.present(areas[a])) {
            empty.add("say what it would mean for " + AREAS[a] + " (or why it would not)");
          }
        }
        if (!empty.isEmpty()) {
          f.place(
              Verdict.MISSING,
              riskField(risk),
              riskNames.get(risk),
              capitalise(String.join("; ", empty)) + ".");
          continue;
        }
        for (int a = 0; a < AREAS.length; a++) {
          String thin = Substance.thinness(areas[a], 4, risk.getDescription());
          if (thin == null
              && (substance.pasted("consequence:" + a, areas[a], 3)
                  || substance.pasted("consequenceInOneRisk", areas[a], 1))) {
            thin = "is the same text as in other places";
          }
          if (thin != null) {
            f.thin(
                riskField(risk),
                riskNames.get(risk),
                "The consequence for "
                    + AREAS[a]
                    + " "
                    + thin
                    + ": say what it would cost or mean for "
                    + AREAS[a]
                    + ", or why it would not affect it.");
          }
        }
      }
      return f.verdict(
          "Every risk has its consequence scored and described for finance, reputation and health"
              + " and safety.",
          "Every risk has its consequences described, but some only thinly.",
          "Some risks lack a consequence score, or what they would mean for finance, reputation or"
              + " health and safety.");
    }

    private Check probabilities() {
      Finding f = new Finding("C6.ER6c");
      if (risks.isEmpty()) {
        return f.missing("List the risks you found at each stage.", "stages");
      }
      for (Risk risk : risks) {
        if (risk.getProbability() == null) {
          f.place(
              Verdict.MISSING,
              riskField(risk),
              riskNames.get(risk),
              "Estimate the probability of this risk.");
        }
      }
      return f.verdict(
          "Every risk has its probability estimated.", null, "Some risks have no probability yet.");
    }

    private Check judged() {
      Finding f = new Finding("C6.ER6d");
      if (risks.isEmpty()) {
        return f.missing("List the risks you found at each stage.", "stages");
      }
      for (Risk risk : risks) {
        String where = riskField(risk);
        String name = riskNames.get(risk);
        if (risk.getDecision() == Decision.ACT) {
          List<Action> described =
              risk.getActions().stream().filter(a -> Text.present(a.getDescription())).toList();
          if (described.isEmpty()) {
            f.place(Verdict.MISSING, where, name, "List the actions you take on this risk.");
          }
          for (Action action : described) {
            thinText(
                f,
                where,
                name,
                "action \"" + shorten(action.getDescription()) + "\"",
                action.getDescription(),
                4,
                "say what was done, by whom and where",
                "action");
          }
        } else if (risk.getDecision() == Decision.TOLERATE) {
          if (!Text.present(risk.getTolerateReason())) {
            f.place(Verdict.MISSING, where, name, "Say why you tolerate this risk.");
          } else {
            thinText(
                f,
                where,
                name,
                "reason to tolerate it",
                risk.getTolerateReason(),
                8,
                "say why no action is justified: what acting would cost against the harm, and what"
                    + " keeps the risk low",
                "tolerateReason",
                risk.getDescription());
          }
          if (risk.getBand() == Band.HIGH) {
            if (!Text.present(risk.getToleranceAgreedBy())) {
              f.place(
                  Verdict.MISSING,
                  where,
                  name,
                  "This is a high risk: tolerate it only with who agreed to it (a manager), or act"
                      + " on it.");
            } else if (Substance.thinName(risk.getToleranceAgreedBy()) != null) {
              f.thin(
                  where,
                  name,
                  "Who agreed to tolerate this high risk "
                      + Substance.thinName(risk.getToleranceAgreedBy())
                      + ": give their name and role.");
            }
          }
        } else {
          f.place(
              Verdict.MISSING,
              where,
              name,
              "Decide whether to act on this risk (and list the actions) or tolerate it (and say"
                  + " why).");
        }
      }
      return f.verdict(
          "Every risk has a judgement: acted on with actions, or tolerated with reasons.",
          "Every risk has a judgement, but some reasons or actions are thin.",
          "Some risks have no judgement yet, or one that is not complete.");
    }

    private Check consulted() {
      Finding f = new Finding("C6.ER7");
      Set<ConsulteeGroup> counted = EnumSet.noneOf(ConsulteeGroup.class);
      Set<ConsulteeGroup> named = EnumSet.noneOf(ConsulteeGroup.class);
      List<Consultee> people = content.getConsultees().stream().filter(c -> !c.isBlank()).toList();
      for (int i = 0; i < people.size(); i++) {
        Consultee person = people.get(i);
        String name = "Person " + (i + 1) + ": " + orUnnamed(person.getName());
        if (person.getGroup() == null || !Text.present(person.getName())) {
          f.thin(
              "consultation",
              name,
              "Give the name of the person consulted and choose their group.");
          continue;
        }
        List<String> gaps = new ArrayList<>();
        String thinName = Substance.thinName(person.getName());
        if (thinName != null) {
          gaps.add("their name " + thinName + ": give their name and role");
        }
        if (!Text.present(person.getContribution())) {
          gaps.add("say what they contributed: what they suggested or told you");
        } else {
          String thin = Substance.thinness(person.getContribution(), 6);
          if (thin == null && substance.pasted("contribution", person.getContribution(), 2)) {
            thin = "is the same text as another person's";
          }
          if (thin != null) {
            gaps.add(
                "what they contributed "
                    + thin
                    + ": say what they suggested or told you, and which actions came of it");
          }
        }
        if (linkedRisks(person) == 0) {
          gaps.add("tick the risks they helped you with");
        }
        if (Text.present(person.getContribution())) {
          named.add(person.getGroup());
        }
        if (gaps.isEmpty()) {
          counted.add(person.getGroup());
        } else {
          f.thin("consultation", name, capitalise(String.join("; ", gaps)) + ".");
        }
      }
      if (counted.size() >= 2) {
        f.places.clear();
        return f.verdict(
            "You consulted " + counted.size() + " of the three groups of colleagues.", null);
      }
      if (named.size() >= 2) {
        return f.verdict(
            null,
            "You consulted two groups, but not every group shows what the people contributed and"
                + " to which risks.");
      }
      return f.missing(
          "Consult people from at least two of the three groups: team members or colleagues;"
              + " suppliers or service partners; supervisors, team leaders or managers (you have "
              + named.size()
              + ").",
          "consultation");
    }

    private long linkedRisks(Consultee person) {
      Set<String> ids = new HashSet<>();
      risks.forEach(r -> ids.add(r.getId()));
      return person.getRiskIds().stream().filter(ids::contains).count();
    }

    private Check actedOn() {
      Finding f = new Finding("C6.ER8a");
      List<Risk> acted = risks.stream().filter(r -> r.getDecision() == Decision.ACT).toList();
      if (acted.isEmpty()) {
        return f.missing("Show at least one risk you acted on, with what you did.", "stages");
      }
      boolean mine = false;
      boolean mineWell = false;
      for (Risk risk : acted) {
        List<Action> described =
            risk.getActions().stream().filter(a -> Text.present(a.getDescription())).toList();
        for (Action action : described) {
          if (action.getOrigin() == ActionOrigin.MINE) {
            mine = true;
            mineWell |= Substance.thinness(action.getDescription(), 4) == null;
          } else if (action.getOrigin() == null) {
            f.place(
                Verdict.MISSING,
                riskField(risk),
                riskNames.get(risk),
                "Say whether you took or led the action \""
                    + shorten(action.getDescription())
                    + "\", or it was already in place.");
          }
        }
        if (!described.isEmpty()
            && described.stream().allMatch(a -> a.getOrigin() == ActionOrigin.ALREADY_IN_PLACE)) {
          f.place(
              Verdict.MISSING,
              riskField(risk),
              riskNames.get(risk),
              "The actions on this risk were already in place: C6 asks for action you took or led"
                  + " yourself.");
        }
      }
      if (mineWell) {
        f.places.clear();
        return f.verdict("You took action to manage at least one risk.", null);
      }
      if (mine) {
        f.places.clear();
        return f.verdict(
            null,
            "You took action on a risk, but say what was done, by whom and where: your actions are"
                + " only thinly described.");
      }
      Check check =
          f.verdict(
              null, null, "Show at least one action you took or led yourself to manage a risk.");
      return check;
    }

    private Check tolerated() {
      Finding f = new Finding("C6.ER8b");
      List<Risk> tolerated =
          risks.stream()
              .filter(r -> r.getDecision() == Decision.TOLERATE)
              .filter(r -> Text.present(r.getTolerateReason()))
              .toList();
      if (tolerated.isEmpty()) {
        return f.missing(
            "Show at least one risk you judged tolerable, with your reasons for taking no action.",
            "stages");
      }
      boolean good =
          tolerated.stream()
              .anyMatch(
                  r ->
                      Substance.thinness(r.getTolerateReason(), 8, r.getDescription()) == null
                          && !substance.pasted("tolerateReason", r.getTolerateReason(), 2));
      if (good) {
        return f.verdict("At least one risk is judged tolerable, with your reasons.", null);
      }
      for (Risk risk : tolerated) {
        f.thin(
            riskField(risk),
            riskNames.get(risk),
            "Say why no action is justified: what acting would cost against the harm, and what keeps"
                + " the risk low.");
      }
      return f.verdict(null, "You tolerate risks, but your reasons are thin.");
    }

    private Check rated() {
      Finding f = new Finding("C6.MP2");
      if (risks.isEmpty()) {
        return f.missing("List the risks you found at each stage.", "stages");
      }
      for (Risk risk : risks) {
        if (risk.getScore() == null) {
          f.place(
              Verdict.MISSING,
              riskField(risk),
              riskNames.get(risk),
              "Rate this risk on the matrix: its probability and consequence.");
        }
        if (!Text.present(risk.getJustification())) {
          f.place(
              Verdict.MISSING,
              riskField(risk),
              riskNames.get(risk),
              "Justify the rating: say why you chose these scores.");
        } else {
          thinText(
              f,
              riskField(risk),
              riskNames.get(risk),
              "justification",
              risk.getJustification(),
              8,
              "say why you chose these scores: how often it has happened and how bad it was, with"
                  + " figures if you have them",
              "justification",
              risk.getDescription());
        }
      }
      return f.verdict(
          "Every risk has a rating from the matrix and a written justification.",
          "Every risk is rated, but some justifications are thin.",
          "Some risks are not rated on the matrix, or not justified.");
    }

    private Check controlsAndResidual() {
      Finding f = new Finding("C6.MP3");
      List<Risk> acted = risks.stream().filter(r -> r.getDecision() == Decision.ACT).toList();
      if (acted.isEmpty()) {
        return f.missing(
            "Act on at least one risk: record its controls and the residual risk after them.",
            "stages");
      }
      for (Risk risk : acted) {
        List<String> gaps = new ArrayList<>();
        if (risk.getActions().stream().noneMatch(a -> Text.present(a.getDescription()))) {
          gaps.add("record the controls (the actions) on it");
        }
        if (risk.getResidualScore() == null) {
          gaps.add("rate the risk left after the controls (the residual risk)");
        } else if (risk.getScore() != null && risk.getResidualScore() >= risk.getScore()) {
          gaps.add(
              "the residual rating ("
                  + risk.getResidualScore()
                  + ") is not lower than the rating before action ("
                  + risk.getScore()
                  + "): rate what is left after the controls, or say why they do not reduce it");
        }
        if (!gaps.isEmpty()) {
          f.place(
              Verdict.MISSING,
              riskField(risk),
              riskNames.get(risk),
              capitalise(String.join("; ", gaps)) + ".");
        }
      }
      return f.verdict(
          "Every risk you act on has controls and a lower residual rating.",
          null,
          "Some risks you act on lack controls, or a residual rating lower than the rating before"
              + " action.");
    }

    private Check controlReviewed() {
      Finding f = new Finding("C6.MP4");
      boolean inPlace = false;
      boolean reviewed = false;
      // MP4 asks for one reviewed control: an unreviewed one is a gap only when none is reviewed
      List<Place> unreviewed = new ArrayList<>();
      for (Risk risk : risks) {
        for (Action action : risk.getActions()) {
          if (action.getStatus() == ActionStatus.DONE && action.getCompleted() == null) {
            f.place(
                Verdict.MISSING,
                riskField(risk),
                riskNames.get(risk),
                "The action \""
                    + shorten(Objects.requireNonNullElse(action.getDescription(), "unnamed"))
                    + "\" is marked done: give the date it was completed.");
          }
        }
        boolean control =
            risk.getActions().stream()
                .anyMatch(
                    a ->
                        a.getOrigin() == ActionOrigin.MINE
                            && a.getStatus() == ActionStatus.DONE
                            && a.getCompleted() != null);
        if (!control) {
          continue;
        }
        inPlace = true;
        if (!Text.present(risk.getReview())) {
          unreviewed.add(
              new Place(
                  riskField(risk),
                  riskNames.get(risk),
                  Verdict.MISSING,
                  "Review how well the control on this risk has worked."));
          continue;
        }
        String thin = Substance.thinness(risk.getReview(), 8, risk.getDescription());
        if (thin == null && substance.pasted("review", risk.getReview(), 2)) {
          thin = "is the same text as another review";
        }
        if (thin == null) {
          reviewed = true;
        } else {
          f.thin(
              riskField(risk),
              riskNames.get(risk),
              "Your review "
                  + thin
                  + ": say how well the control worked, with what you saw or measured before and"
                  + " after.");
        }
      }
      if (!inPlace) {
        f.place(
            Verdict.MISSING,
            "stages",
            "Actions",
            "Put at least one control in place yourself (an action you took or led, marked done"
                + " with its date) and review how well it worked.");
      } else if (reviewed) {
        f.places.removeIf(p -> p.verdict() == Verdict.THIN);
      } else if (f.places.stream().noneMatch(p -> p.verdict() == Verdict.THIN)) {
        f.places.addAll(unreviewed);
      }
      return f.verdict(
          "A control you put in place has been reviewed for how well it works.",
          "You reviewed a control, but only thinly.",
          "Put a control in place yourself (marked done, with the date) and review how well it"
              + " worked.");
    }

    private Check told(
        String requirement,
        String field,
        String who,
        String how,
        String whoTold,
        LocalDate when,
        String what) {
      Finding f = new Finding(requirement);
      List<String> gaps = new ArrayList<>();
      if (!Text.present(how)) {
        gaps.add("say " + what);
      }
      if (!Text.present(whoTold)) {
        gaps.add("say who was told");
      }
      if (when == null) {
        gaps.add("give the date");
      }
      if (!gaps.isEmpty()) {
        return f.missing(capitalise(String.join("; ", gaps)) + ".", field);
      }
      String thin = Substance.thinness(how, 8);
      if (thin == null && !Substance.firstPerson(how)) {
        thin = "does not say what you did yourself";
      }
      if (thin != null) {
        f.thin(
            field,
            who + " told",
            "What you wrote "
                + thin
                + ": say what you did to tell them, in the first person (\"I ...\"): what you said"
                + " or wrote, where, and to whom.");
      }
      if (Substance.thinName(whoTold) != null) {
        f.thin(field, who + " told", "Say who was told: which customers or which staff.");
      }
      return f.verdict(
          who + " were told: you say who, when and how.",
          who + " were told, but say more about what you did.");
    }

    private List<Occasion> occasions() {
      Set<Occasion> all = new LinkedHashSet<>(mappedEvidence);
      if (content.getDate() != null) {
        all.add(new Occasion(content.getDate(), "This risk assessment"));
      }
      for (Risk risk : risks) {
        for (Action action : risk.getActions()) {
          if (action.getCompleted() != null && Text.present(action.getDescription())) {
            all.add(
                new Occasion(
                    action.getCompleted(),
                    "Action completed: " + shorten(action.getDescription())));
          }
        }
      }
      if (content.getCustomersToldOn() != null) {
        all.add(new Occasion(content.getCustomersToldOn(), "Customers told of the risks"));
      }
      if (content.getStaffToldOn() != null) {
        all.add(new Occasion(content.getStaffToldOn(), "Staff made aware of the risks"));
      }
      return all.stream()
          .filter(o -> o.date() != null)
          .sorted(Comparator.comparing(Occasion::date))
          .toList();
    }

    private Check occasionsCheck(List<Occasion> counted) {
      Finding f = new Finding("C6.ER3");
      long dates = counted.stream().map(Occasion::date).distinct().count();
      if (dates >= 2) {
        return f.verdict(
            "Your evidence for this unit comes from " + dates + " different occasions.", null);
      }
      return f.missing(
          "Add evidence from at least two different occasions, mapped to this unit's criteria,"
              + " e.g. a witness testimony or reflective account from another day (you have "
              + dates
              + ").",
          "evidence");
    }

    /** Adds a thin place when a present text is thin or pasted; empty text is left to the rule. */
    private void thinText(
        Finding f,
        String where,
        String name,
        String what,
        String text,
        int minWords,
        String good,
        String pastedField,
        String... names) {
      if (!Text.present(text)) {
        if (pastedField == null) {
          f.thin(where, name, capitalise(good) + ".");
        }
        return;
      }
      String thin = Substance.thinness(text, minWords, names);
      if (thin == null && pastedField != null && substance.pasted(pastedField, text, 2)) {
        thin = "is the same text as in another place";
      }
      if (thin != null) {
        f.thin(where, name, "The " + what + " " + thin + ": " + good + ".");
      }
    }

    private String stageOf(Risk risk) {
      return stages.stream()
          .filter(s -> s.getRisks().contains(risk))
          .map(Stage::getName)
          .findFirst()
          .orElse(null);
    }
  }

  private static final String[] AREAS = {"finance", "reputation", "health and safety"};

  private static String[] areas(Risk risk) {
    return new String[] {
      risk.getConsequenceFinance(),
      risk.getConsequenceReputation(),
      risk.getConsequenceHealthAndSafety()
    };
  }

  /** The places found for one requirement, and its verdict from them. */
  private static final class Finding {
    private final String requirement;
    private final List<Place> places = new ArrayList<>();

    Finding(String requirement) {
      this.requirement = requirement;
    }

    void place(Verdict verdict, String field, String name, String message) {
      places.add(new Place(field, name, verdict, message));
    }

    void thin(String field, String name, String message) {
      place(Verdict.THIN, field, name, message);
    }

    /** Missing as a whole, with no single place to name. */
    Check missing(String message, String field) {
      return new Check(requirement, false, message, field, Verdict.MISSING, List.of(), null);
    }

    /** The verdict from the places found, with a message for each verdict. */
    Check verdict(String metMessage, String thinMessage) {
      return verdict(metMessage, thinMessage, null);
    }

    Check verdict(String metMessage, String thinMessage, String missingMessage) {
      List<Place> all = List.copyOf(places);
      Verdict verdict =
          all.stream().map(Place::verdict).min(Comparator.naturalOrder()).orElse(Verdict.MET);
      if (metMessage == null && verdict == Verdict.MET) {
        verdict = thinMessage == null ? Verdict.MISSING : Verdict.THIN;
      }
      String field = all.isEmpty() ? null : all.get(0).field();
      String message =
          switch (verdict) {
            case MET -> metMessage;
            case THIN -> thinMessage + placesNamed(all);
            case MISSING ->
                (missingMessage == null || onePlace(all) ? firstMissing(all) : missingMessage)
                    + placesNamed(all);
          };
      return new Check(requirement, verdict == Verdict.MET, message, field, verdict, all, null);
    }

    private static String firstMissing(List<Place> places) {
      return places.stream()
          .filter(p -> p.verdict() == Verdict.MISSING)
          .findFirst()
          .map(p -> p.name() + ". " + p.message())
          .orElse("");
    }

    /** Whether the only place missing is one part of the draft, so naming it says it all. */
    private static boolean onePlace(List<Place> places) {
      return !firstMissing(places).isEmpty()
          && places.stream().map(Place::name).distinct().count() == 1;
    }

    private static String placesNamed(List<Place> places) {
      long count = places.stream().map(Place::name).distinct().count();
      return count > 1 ? " (" + count + " places)" : "";
    }
  }

  private static String stageField(Stage stage) {
    return Text.present(stage.getId()) ? "stage-" + stage.getId() : "stages";
  }

  private static String riskField(Risk risk) {
    return Text.present(risk.getId()) ? "risk-" + risk.getId() : "stages";
  }

  private static String orUnnamed(String name) {
    return Text.present(name) ? shorten(name.strip()) : "unnamed";
  }

  private static String shorten(String text) {
    String stripped = text.strip();
    return stripped.length() > 60 ? stripped.substring(0, 57) + "..." : stripped;
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
