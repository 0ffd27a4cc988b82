package io.riskwise.learning.entity;

import java.util.List;

/** An interactive activity of a module, marked on the server against its model answer. */
public sealed interface Activity {
  String id();

  String title();

  String instructions();

  String type();

  /** Rate scenario risks on the 5 x 5 matrix. */
  record Matrix(String id, String title, String instructions, String scenario, List<Risk> risks)
      implements Activity {
    public String type() {
      return "matrix";
    }
  }

  /** A scenario risk with the model answer's scores, 1 to 5. */
  record Risk(
      String id, String description, int probability, int consequence, String explanation) {}

  /** Put the stages of a process in order and mark the moments of truth. */
  record ProcessOrder(
      String id, String title, String instructions, List<Stage> stages, String explanation)
      implements Activity {
    public String type() {
      return "process-order";
    }
  }

  /** A process stage, listed in its correct place. */
  record Stage(String id, String text, boolean momentOfTruth, String explanation) {}

  /** Build a SWOT and a PESTLE for a case and turn one threat into a risk register entry. */
  record SwotPestle(
      String id,
      String title,
      String instructions,
      String caseText,
      java.util.Map<String, List<String>> model,
      RegisterEntry registerExample)
      implements Activity {
    public static final List<String> SWOT =
        List.of("strengths", "weaknesses", "opportunities", "threats");
    public static final List<String> PESTLE =
        List.of("political", "economic", "social", "technological", "legal", "environmental");

    /** The ten headings in order: SWOT, then PESTLE. */
    public static List<String> headings() {
      return java.util.stream.Stream.concat(SWOT.stream(), PESTLE.stream()).toList();
    }

    public String type() {
      return "swot-pestle";
    }
  }

  /** One line of a risk register. */
  record RegisterEntry(
      String threat, String risk, int probability, int consequence, String owner, String action) {}

  /** Work out the costs and benefits of a control measure. */
  record CostBenefit(
      String id,
      String title,
      String instructions,
      String caseText,
      CostBenefitCase figures,
      String workedExplanation)
      implements Activity {
    public String type() {
      return "cost-benefit";
    }
  }
}
