package io.riskwise.portfolio.control;

import io.riskwise.portfolio.control.ReadinessCheck.Check;
import io.riskwise.portfolio.control.ReadinessCheck.Readiness;
import io.riskwise.portfolio.entity.AssessmentContent;
import io.riskwise.portfolio.entity.AssessmentContent.Risk;
import io.riskwise.portfolio.entity.AssessmentContent.Stage;
import io.riskwise.portfolio.entity.Text;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The sections the editor walks the apprentice through, in order, each with where it stands, and
 * the one-line summaries a collapsed stage or risk shows. Worked out from the content on screen and
 * the readiness check of the saved draft.
 */
public final class EditorOutline {
  /** Where a section stands. */
  public enum State {
    EMPTY("Not started"),
    IN_PROGRESS("In progress"),
    GAPS("Has gaps"),
    COMPLETE("Complete"),
    OPTIONAL("Optional");

    private final String label;

    State(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** One section: its anchor on the page, its title and its state. */
  public record Section(String id, String title, State state) implements Serializable {
    public String stateLabel() {
      return state.label();
    }

    public String stateClass() {
      return state.name().toLowerCase().replace('_', '-');
    }
  }

  private static final Set<String> ACTION_CHECKS =
      Set.of("C6.ER6d", "C6.ER8", "C6.ER8a", "C6.ER8b", "C6.MP3", "C6.MP4");
  private static final Set<String> PEOPLE_CHECKS = Set.of("C6.ER7", "INSCS027.PC6", "INSCS027.PC7");

  private EditorOutline() {}

  public static List<Section> sections(AssessmentContent content, Readiness readiness) {
    List<Check> unmet = readiness.checks().stream().filter(c -> !c.met()).toList();
    List<Risk> risks = content.risks().stream().filter(r -> !r.isBlank()).toList();
    return List.of(
        new Section(
            "sec-about",
            "About the workplace",
            byFields(
                content.getTitle(),
                content.getOrganisation(),
                content.getRole(),
                content.getArea(),
                content.getDate() == null ? null : "dated",
                content.getCustomers())),
        new Section(
            "sec-process",
            "The process and its stages",
            byChecks(
                content.getStages().stream().anyMatch(s -> !s.isBlank()), unmet, "sec-process")),
        new Section(
            "sec-risks", "The risks of each stage", byChecks(!risks.isEmpty(), unmet, "sec-risks")),
        new Section(
            "sec-actions",
            "Actions, residual risk and review",
            byChecks(risks.stream().anyMatch(r -> r.getDecision() != null), unmet, "sec-actions")),
        new Section(
            "sec-people",
            "Consultation, customers and staff",
            byChecks(
                content.getConsultees().stream().anyMatch(c -> !c.isBlank())
                    || Text.present(content.getCustomersTold())
                    || Text.present(content.getStaffAwareness()),
                unmet,
                "sec-people")),
        new Section(
            "sec-analysis",
            "SWOT, PESTLE and cost / benefit",
            content.getSwot() == null
                    && content.getPestle() == null
                    && content.getCostBenefits().stream().allMatch(c -> c.isBlank())
                ? State.OPTIONAL
                : State.IN_PROGRESS),
        new Section(
            "sec-check", "Check and submit", readiness.ready() ? State.COMPLETE : State.GAPS));
  }

  /** The section of the editor where a gap the readiness check names is put right. */
  public static String sectionOf(Check check) {
    return sectionOf(check.requirement(), check.field());
  }

  private static String sectionOf(String requirement, String field) {
    if (ACTION_CHECKS.contains(requirement)) {
      return "sec-actions";
    }
    if (PEOPLE_CHECKS.contains(requirement)) {
      return "sec-people";
    }
    if ("C6.MP1".equals(requirement)) {
      return "sec-process";
    }
    if ("evidence".equals(field)) {
      return "sec-check";
    }
    return "sec-risks";
  }

  /**
   * The element of the editor a gap links to: the risk in the section where it is put right, the
   * stage's risks, or the section itself.
   */
  public static String anchorOf(Check check) {
    return anchorOf(check.requirement(), check.field());
  }

  /** The element of the editor one place a requirement names ({@code field}) links to. */
  public static String anchorOf(String requirement, String field) {
    field = field == null ? "" : field;
    String section = sectionOf(requirement, field);
    if (field.startsWith("risk-")) {
      return section.equals("sec-actions") ? "act-" + field.substring(5) : field;
    }
    if (field.startsWith("stage-")) {
      return section.equals("sec-process") ? field : "risks-" + field;
    }
    if (Set.of("consultation", "customers-told", "staff-awareness").contains(field)) {
      return field;
    }
    return section;
  }

  /**
   * The element of the editor that shows a mappable part ("stage:s1", "risk:r3", "consultation",
   * "swot", ...); the criteria list for the whole assessment.
   */
  public static String anchorOfPart(String part) {
    if (part.startsWith("stage:") || part.startsWith("risk:")) {
      return part.replace(':', '-');
    }
    return switch (part) {
      case "consultation", "customers-told", "staff-awareness" -> part;
      case "swot", "pestle", "cost-benefit" -> "sec-analysis";
      default -> "mappings";
    };
  }

  public static String stageSummary(Stage stage, int index) {
    long risks = stage.getRisks().stream().filter(r -> !r.isBlank()).count();
    return Stream.of(
            "Stage "
                + (index + 1)
                + ": "
                + (Text.present(stage.getName()) ? stage.getName().strip() : "unnamed"),
            stage.isMomentOfTruth() ? "moment of truth" : null,
            risks == 1 ? "1 risk" : risks + " risks")
        .filter(part -> part != null)
        .reduce((a, b) -> a + " · " + b)
        .orElseThrow();
  }

  public static String riskSummary(Risk risk, int index) {
    String kind = risk.getKind() == null ? "kind not chosen" : risk.getKind().label();
    String rating =
        risk.getScore() == null ? "not rated yet" : risk.getScore() + " " + risk.getBand().label();
    return "Risk " + (index + 1) + ": " + risk.name() + " · " + kind + " · " + rating;
  }

  private static State byFields(String... values) {
    long filled = Stream.of(values).filter(Text::present).count();
    return filled == 0 ? State.EMPTY : filled == values.length ? State.COMPLETE : State.IN_PROGRESS;
  }

  private static State byChecks(boolean started, List<Check> unmet, String section) {
    if (!started) {
      return State.EMPTY;
    }
    return unmet.stream().anyMatch(c -> sectionOf(c).equals(section)) ? State.GAPS : State.COMPLETE;
  }
}
