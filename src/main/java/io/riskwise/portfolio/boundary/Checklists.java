package io.riskwise.portfolio.boundary;

import io.riskwise.catalogue.boundary.Catalogues;
import io.riskwise.catalogue.entity.Catalogue;
import io.riskwise.catalogue.entity.Criterion;
import io.riskwise.identity.entity.Role;
import io.riskwise.identity.entity.User;
import io.riskwise.platform.rest.InvalidInputException;
import io.riskwise.platform.rest.ProblemException;
import io.riskwise.portfolio.control.CriteriaChecklist;
import io.riskwise.portfolio.control.Documents;
import io.riskwise.portfolio.entity.AssessmentContent;
import io.riskwise.portfolio.entity.EvidenceItem;
import io.riskwise.portfolio.entity.EvidenceMapping;
import io.riskwise.portfolio.entity.MappingTarget;
import io.riskwise.portfolio.entity.RiskAssessment;
import io.riskwise.portfolio.entity.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Mapping by ticking: the criteria to tick for one evidence item or part of a risk assessment, and
 * the evidence to tick for one criterion, each list saved whole in one transaction. Only the
 * apprentice whose portfolio it is sees these lists; for anyone else the evidence does not exist. A
 * list changes only what it shows: mappings to criteria of other units, or to parts no longer in
 * the assessment, stay as they are.
 */
@ApplicationScoped
public class Checklists {

  @Inject Catalogues catalogues;
  @Inject Mappings mappings;
  @Inject Event<PortfolioEvents.Removing> removing;
  @PersistenceContext EntityManager em;

  /** A part of a risk assessment, named as the editor names it. */
  public record Part(String key, String label) {}

  /** The apprentice's evidence to tick for one criterion, with what evidences it through a twin. */
  public record EvidenceChecklist(
      Criterion criterion, List<String> twins, List<Group> groups, List<String> viaTwins) {}

  /** "Evidence items", or one risk assessment and its parts. */
  public record Group(String heading, List<Option> options) {}

  /** One evidence item or part; {@code key} is its {@link MappingTarget#key}. */
  public record Option(String key, String label, boolean ticked) {}

  /** The evidence title, or the risk assessment and the part: what the page is mapping. */
  public String name(User apprentice, MappingTarget target) {
    mine(apprentice);
    if (target.isEvidence()) {
      EvidenceItem item = em.find(EvidenceItem.class, target.evidenceId());
      if (item == null || !item.getApprenticeId().equals(apprentice.getId())) {
        throw notFound("There is no evidence " + target.evidenceId() + " in your portfolio.");
      }
      return item.getKind().getLabel() + ": " + item.getTitle();
    }
    RiskAssessment assessment = em.find(RiskAssessment.class, target.assessmentId());
    if (assessment == null || !assessment.getApprenticeId().equals(apprentice.getId())) {
      throw notFound(
          "There is no risk assessment " + target.assessmentId() + " in your portfolio.");
    }
    AssessmentContent content = Documents.read(assessment.getContent());
    return parts(content).stream()
        .filter(p -> p.key().equals(target.part()))
        .findFirst()
        .map(p -> assessmentName(content) + ": " + p.label())
        .orElseThrow(() -> notFound("There is no such part of this risk assessment."));
  }

  /** Every criterion of INSCS027 and C6, ticked where this target is mapped to it now. */
  public CriteriaChecklist criteriaFor(User apprentice, MappingTarget target) {
    name(apprentice, target);
    List<Mappings.MappingJson> all = mappings.of(apprentice);
    Set<String> ticked =
        all.stream()
            .filter(m -> target.equals(targetOf(m)))
            .map(Mappings.MappingJson::criterionId)
            .collect(Collectors.toSet());
    Map<String, List<String>> elsewhere = new HashMap<>();
    all.stream()
        .filter(m -> !target.equals(targetOf(m)))
        .forEach(
            m ->
                elsewhere
                    .computeIfAbsent(m.criterionId(), k -> new ArrayList<>())
                    .add(m.evidence()));
    return CriteriaChecklist.of(catalogues.current(), Mappings.DEFAULT_UNITS, ticked, elsewhere);
  }

  /**
   * Maps the target to exactly these criteria of INSCS027 and C6: adds the new ones, removes the
   * unticked ones. An unknown criterion refuses the whole list. Gives the criteria, in order.
   */
  @Transactional
  public List<String> mapCriteria(
      User apprentice, MappingTarget target, Collection<String> criterionIds) {
    name(apprentice, target);
    List<String> shown = shownCriteria();
    List<String> unknown = criterionIds.stream().filter(id -> !shown.contains(id)).toList();
    if (!unknown.isEmpty()) {
      throw InvalidInputException.of(
          "criterion",
          "There is no criterion "
              + String.join(", ", unknown)
              + " in INSCS027 or C6. Nothing was saved.");
    }
    List<EvidenceMapping> current =
        mappingsOf(apprentice).stream()
            .filter(target::matches)
            .filter(m -> shown.contains(m.getCriterionId()))
            .toList();
    replace(
        current,
        criterionIds.stream()
            .distinct()
            .map(id -> target.mapping(apprentice.getId(), id))
            .toList());
    return shown.stream().filter(criterionIds::contains).toList();
  }

  /** Every evidence item and part of a risk assessment, ticked where mapped to the criterion. */
  public EvidenceChecklist evidenceFor(User apprentice, String criterionId) {
    mine(apprentice);
    Criterion criterion = shown(criterionId);
    Catalogue catalogue = catalogues.current();
    List<String> twins = catalogue.twins(criterionId);
    List<Mappings.MappingJson> all = mappings.of(apprentice);
    Set<String> ticked =
        all.stream()
            .filter(m -> m.criterionId().equals(criterionId))
            .map(m -> targetOf(m).key())
            .collect(Collectors.toSet());
    List<String> viaTwins =
        all.stream()
            .filter(m -> twins.contains(m.criterionId()))
            .map(m -> m.evidence() + " (via " + m.criterionId() + ")")
            .toList();
    return new EvidenceChecklist(criterion, twins, targets(apprentice, ticked), viaTwins);
  }

  /**
   * Maps exactly these evidence items and parts to the criterion: adds the new ones, removes the
   * unticked ones. Anything not in the apprentice's portfolio refuses the whole list. Gives the
   * names of what is mapped now.
   */
  @Transactional
  public List<String> mapEvidence(User apprentice, String criterionId, Collection<String> keys) {
    mine(apprentice);
    shown(criterionId);
    Map<String, String> offered = new LinkedHashMap<>();
    targets(apprentice, Set.of())
        .forEach(g -> g.options().forEach(o -> offered.put(o.key(), o.label())));
    if (!offered.keySet().containsAll(keys)) {
      throw InvalidInputException.of(
          "evidence", "Choose evidence from your own portfolio. Nothing was saved.");
    }
    List<EvidenceMapping> current =
        mappingsOf(apprentice).stream()
            .filter(m -> m.getCriterionId().equals(criterionId))
            .filter(m -> offered.containsKey(MappingTarget.of(m).key()))
            .toList();
    replace(
        current,
        keys.stream()
            .distinct()
            .map(key -> MappingTarget.parse(key).orElseThrow())
            .map(t -> t.mapping(apprentice.getId(), criterionId))
            .toList());
    return offered.entrySet().stream()
        .filter(e -> keys.contains(e.getKey()))
        .map(Map.Entry::getValue)
        .toList();
  }

  /** The parts of an assessment in the editor's order and words. */
  public static List<Part> parts(AssessmentContent content) {
    List<Part> parts = new ArrayList<>();
    parts.add(new Part(EvidenceMapping.WHOLE, "The whole assessment"));
    for (int i = 0; i < content.getStages().size(); i++) {
      AssessmentContent.Stage stage = content.getStages().get(i);
      if (stage.getId() != null) {
        String name = Text.present(stage.getName()) ? stage.getName().strip() : "unnamed";
        parts.add(new Part("stage:" + stage.getId(), "Stage " + (i + 1) + ": " + name));
      }
      for (AssessmentContent.Risk risk : stage.getRisks()) {
        if (risk.getId() != null) {
          parts.add(new Part("risk:" + risk.getId(), "Risk: " + risk.name()));
        }
      }
    }
    parts.add(new Part("consultation", "Who you consulted"));
    parts.add(new Part("customers-told", "How customers were told"));
    parts.add(new Part("staff-awareness", "How staff were made aware"));
    parts.add(new Part("swot", "SWOT"));
    parts.add(new Part("pestle", "PESTLE"));
    parts.add(new Part("cost-benefit", "Cost / benefit"));
    return parts;
  }

  /** The evidence items, then each risk assessment with its parts: two statements. */
  private List<Group> targets(User apprentice, Set<String> ticked) {
    List<Group> groups = new ArrayList<>();
    List<Option> items =
        em.createNamedQuery(EvidenceItem.OF_APPRENTICE, EvidenceItem.class)
            .setParameter("apprenticeId", apprentice.getId())
            .getResultStream()
            .map(
                i -> {
                  String key = MappingTarget.evidence(i.getId()).key();
                  return new Option(
                      key, i.getKind().getLabel() + ": " + i.getTitle(), ticked.contains(key));
                })
            .toList();
    groups.add(new Group("Evidence items", items));
    for (RiskAssessment assessment :
        em.createNamedQuery(RiskAssessment.OF_APPRENTICE, RiskAssessment.class)
            .setParameter("apprenticeId", apprentice.getId())
            .getResultList()) {
      AssessmentContent content = Documents.read(assessment.getContent());
      List<Option> options =
          parts(content).stream()
              .map(
                  p -> {
                    String key = MappingTarget.assessment(assessment.getId(), p.key()).key();
                    return new Option(key, p.label(), ticked.contains(key));
                  })
              .toList();
      groups.add(new Group(assessmentName(content), options));
    }
    return groups;
  }

  private void replace(List<EvidenceMapping> current, List<EvidenceMapping> wanted) {
    for (EvidenceMapping mapping : current) {
      if (wanted.stream().noneMatch(mapping::sameTarget)) {
        removing.fire(
            new PortfolioEvents.Removing(
                mapping.getApprenticeId(), mapping.getEvidenceId(), mapping.getId()));
        em.remove(mapping);
      }
    }
    for (EvidenceMapping mapping : wanted) {
      if (current.stream().noneMatch(mapping::sameTarget)) {
        em.persist(mapping);
      }
    }
  }

  private List<EvidenceMapping> mappingsOf(User apprentice) {
    return em.createNamedQuery(EvidenceMapping.OF_APPRENTICE, EvidenceMapping.class)
        .setParameter("apprenticeId", apprentice.getId())
        .getResultList();
  }

  /** The ids of the criteria these lists offer, in catalogue order. */
  private List<String> shownCriteria() {
    Catalogue catalogue = catalogues.current();
    return Mappings.DEFAULT_UNITS.stream()
        .flatMap(code -> catalogue.standard(code).stream())
        .flatMap(s -> s.criteria().stream())
        .map(Criterion::id)
        .toList();
  }

  private Criterion shown(String criterionId) {
    if (criterionId == null || !shownCriteria().contains(criterionId)) {
      throw notFound("There is no criterion " + criterionId + " of INSCS027 or C6.");
    }
    return catalogues.current().criterion(criterionId).orElseThrow();
  }

  /** Only an apprentice has a portfolio to map. */
  private static void mine(User apprentice) {
    if (!apprentice.hasRole(Role.APPRENTICE)) {
      throw notFound("You have no portfolio to map evidence in.");
    }
  }

  private static String assessmentName(AssessmentContent content) {
    String title =
        Text.present(content.getTitle()) ? content.getTitle().strip() : Portfolios.UNTITLED;
    return "Risk assessment \"" + title + "\"";
  }

  private static MappingTarget targetOf(Mappings.MappingJson m) {
    return new MappingTarget(m.evidenceId(), m.assessmentId(), m.part());
  }

  private static ProblemException notFound(String message) {
    return new ProblemException(Response.Status.NOT_FOUND, message);
  }
}
