package io.riskwise.catalogue.boundary;

import io.riskwise.catalogue.entity.Catalogue;
import io.riskwise.catalogue.entity.Criterion;
import io.riskwise.catalogue.entity.Framework;
import io.riskwise.catalogue.entity.Standard;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The catalogue as the REST API shows it. Absent fields are left out of the JSON. */
public final class CatalogueJson {
  private CatalogueJson() {}

  /** A framework in a list. */
  public record FrameworkSummary(String id, String title, Framework.Rule rule, int workSituations) {
    static FrameworkSummary of(Framework framework) {
      return new FrameworkSummary(
          framework.id(), framework.title(), framework.rule(), framework.workSituations().size());
    }
  }

  /** A framework with its rule, meta-skills and work situations. */
  public record FrameworkDetail(
      String id,
      String title,
      Framework.Rule rule,
      List<Framework.MetaSkillGroup> metaSkills,
      List<Framework.WorkSituation> workSituations) {
    static FrameworkDetail of(Framework framework) {
      return new FrameworkDetail(
          framework.id(),
          framework.title(),
          framework.rule(),
          framework.metaSkills(),
          framework.workSituations());
    }
  }

  /** A standard in a list, with how many criteria of each kind it has. */
  public record StandardSummary(
      String code, String title, String kind, int criteriaCount, Map<String, Integer> counts) {
    static StandardSummary of(Standard standard) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      standard.counts().forEach((kind, count) -> counts.put(kind.label(), count));
      return new StandardSummary(
          standard.code(), standard.title(), standard.kind(), standard.criteria().size(), counts);
    }
  }

  /** A standard with its criteria in source order. */
  public record StandardDetail(
      String code,
      String title,
      String kind,
      String urn,
      String overview,
      Integer level,
      Integer credits,
      Integer guidedLearningHours,
      List<Standard.Outcome> outcomes,
      List<CriterionJson> criteria) {
    static StandardDetail of(Standard standard, Catalogue catalogue) {
      return new StandardDetail(
          standard.code(),
          standard.title(),
          standard.kind(),
          standard.urn(),
          standard.overview(),
          standard.level(),
          standard.credits(),
          standard.guidedLearningHours(),
          standard.outcomes().isEmpty() ? null : standard.outcomes(),
          standard.criteria().stream().map(c -> CriterionJson.of(c, catalogue)).toList());
    }
  }

  /** A criterion with the ids of its cross-mapped twins. */
  public record CriterionJson(
      String id,
      String kind,
      String number,
      String text,
      boolean workplaceEvidence,
      Integer outcome,
      String parent,
      String rule,
      List<String> crossMap) {
    static CriterionJson of(Criterion criterion, Catalogue catalogue) {
      return new CriterionJson(
          criterion.id(),
          criterion.kind().label(),
          criterion.number(),
          criterion.text(),
          criterion.workplaceEvidence(),
          criterion.outcome(),
          criterion.parent(),
          criterion.rule(),
          catalogue.twins(criterion.id()));
    }
  }

  /** One criterion with its cross-map and the standard it belongs to. */
  public record CriterionDetail(
      String id,
      String kind,
      String number,
      String text,
      boolean workplaceEvidence,
      Integer outcome,
      String parent,
      String rule,
      List<String> crossMap,
      StandardRef standard) {
    static CriterionDetail of(Criterion criterion, Catalogue catalogue) {
      Standard standard = catalogue.standard(criterion.standardCode()).orElseThrow();
      return new CriterionDetail(
          criterion.id(),
          criterion.kind().label(),
          criterion.number(),
          criterion.text(),
          criterion.workplaceEvidence(),
          criterion.outcome(),
          criterion.parent(),
          criterion.rule(),
          catalogue.twins(criterion.id()),
          new StandardRef(standard.code(), standard.title()));
    }
  }

  /** The standard a criterion belongs to. */
  public record StandardRef(String code, String title) {}
}
