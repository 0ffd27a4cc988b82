package io.riskwise.portfolio.boundary;

import io.riskwise.catalogue.boundary.Catalogues;
import io.riskwise.catalogue.boundary.Twins;
import io.riskwise.catalogue.control.TwinRule;
import io.riskwise.catalogue.entity.Catalogue;
import io.riskwise.catalogue.entity.Criterion;
import io.riskwise.catalogue.entity.Standard;
import io.riskwise.identity.entity.User;
import io.riskwise.platform.rest.InvalidInputException;
import io.riskwise.platform.rest.ProblemException;
import io.riskwise.portfolio.control.CriteriaGrid;
import io.riskwise.portfolio.control.Documents;
import io.riskwise.portfolio.entity.AssessmentContent;
import io.riskwise.portfolio.entity.AssessmentVersion;
import io.riskwise.portfolio.entity.EvidenceItem;
import io.riskwise.portfolio.entity.EvidenceMapping;
import io.riskwise.portfolio.entity.RiskAssessment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The apprentice's claims that evidence shows criteria, and the criteria grid built from them. A
 * claim for one criterion also shows against its cross-mapped twins (INSCS027.PC8 and C6 2.1).
 */
@ApplicationScoped
public class Mappings {
  public static final List<String> DEFAULT_UNITS = List.of("INSCS027", "C6");

  @Inject PortfolioAccess access;
  @Inject Catalogues catalogues;
  @Inject Twins twins;
  @Inject jakarta.enterprise.event.Event<PortfolioEvents.Removing> removing;
  @PersistenceContext EntityManager em;

  /** One claim, with the words a person needs to read it. */
  public record MappingJson(
      long id,
      String criterionId,
      String criterion,
      List<String> twins,
      Long evidenceId,
      Long assessmentId,
      String part,
      String evidence) {}

  /** Three statements whatever the size of the portfolio. */
  public List<MappingJson> of(User apprentice) {
    Labels labels = labels(apprentice);
    Catalogue catalogue = catalogues.current();
    return mappingsOf(apprentice).stream()
        .map(
            m ->
                new MappingJson(
                    m.getId(),
                    m.getCriterionId(),
                    catalogue.criterion(m.getCriterionId()).map(Criterion::text).orElse(""),
                    catalogue.twins(m.getCriterionId()),
                    m.getEvidenceId(),
                    m.getAssessmentId(),
                    m.getPart(),
                    labels.of(m)))
        .toList();
  }

  /** The claims made on one risk assessment, for whoever may read it. */
  public List<MappingJson> ofAssessment(RiskAssessment assessment) {
    User apprentice = em.find(User.class, assessment.getApprenticeId());
    return of(apprentice).stream()
        .filter(m -> assessment.getId().equals(m.assessmentId()))
        .toList();
  }

  @Transactional
  public EvidenceMapping add(User apprentice, NewMapping claim) {
    if (claim == null || catalogues.current().criterion(claim.getCriterionId()).isEmpty()) {
      throw InvalidInputException.of("criterionId", "Choose a criterion from the catalogue.");
    }
    EvidenceMapping mapping;
    if (claim.getEvidenceId() != null && claim.getAssessmentId() == null) {
      EvidenceItem item = em.find(EvidenceItem.class, claim.getEvidenceId());
      if (item == null || !item.getApprenticeId().equals(apprentice.getId())) {
        throw InvalidInputException.of("evidenceId", "Choose evidence from your own portfolio.");
      }
      mapping =
          EvidenceMapping.ofEvidence(apprentice.getId(), claim.getCriterionId(), item.getId());
    } else if (claim.getAssessmentId() != null && claim.getEvidenceId() == null) {
      RiskAssessment assessment = em.find(RiskAssessment.class, claim.getAssessmentId());
      if (assessment == null || !assessment.getApprenticeId().equals(apprentice.getId())) {
        throw InvalidInputException.of(
            "assessmentId", "Choose a risk assessment from your own portfolio.");
      }
      String part = claim.getPart() == null ? EvidenceMapping.WHOLE : claim.getPart();
      if (Documents.read(assessment.getContent()).partLabel(part).isEmpty()) {
        throw InvalidInputException.of(
            "part", "Choose a part of the assessment: the whole, a stage, a risk or a section.");
      }
      mapping =
          EvidenceMapping.ofAssessment(
              apprentice.getId(), claim.getCriterionId(), assessment.getId(), part);
    } else {
      throw InvalidInputException.of(
          "evidenceId", "Map either an evidence item or a part of a risk assessment.");
    }
    if (mappingsOf(apprentice).stream().anyMatch(mapping::sameTarget)) {
      throw new ProblemException(
          Response.Status.CONFLICT,
          "This evidence is already mapped to " + claim.getCriterionId() + ".");
    }
    em.persist(mapping);
    return mapping;
  }

  @Transactional
  public void remove(User viewer, long id) {
    String notFound = "There is no mapping " + id + " that you can see.";
    EvidenceMapping mapping = em.find(EvidenceMapping.class, id);
    if (mapping == null) {
      throw new ProblemException(Response.Status.NOT_FOUND, notFound);
    }
    access.writable(viewer, mapping.getApprenticeId(), notFound);
    removing.fire(
        new PortfolioEvents.Removing(
            mapping.getApprenticeId(), mapping.getEvidenceId(), mapping.getId()));
    em.remove(mapping);
  }

  /** For each criterion of each unit asked for, the evidence mapped to it or to a twin. */
  public CriteriaGrid grid(User apprentice, List<String> unitCodes) {
    Catalogue catalogue = catalogues.current();
    List<MappingJson> mappings = of(apprentice);
    Map<String, List<MappingJson>> byCriterion = new HashMap<>();
    mappings.forEach(
        m -> byCriterion.computeIfAbsent(m.criterionId(), k -> new ArrayList<>()).add(m));
    TwinRule rule = twins.of(apprentice.getId());
    List<CriteriaGrid.Unit> units = new ArrayList<>();
    for (String code : unitCodes) {
      Standard standard =
          catalogue
              .standard(code)
              .orElseThrow(
                  () -> InvalidInputException.of("unit", "There is no unit " + code + "."));
      List<CriteriaGrid.Row> rows =
          standard.criteria().stream()
              .map(
                  c -> {
                    TwinRule.Standing standing = rule.of(c.id());
                    return new CriteriaGrid.Row(
                        c.id(),
                        c.number(),
                        c.text(),
                        entries(c, byCriterion, catalogue),
                        standing.met(),
                        standing.through(),
                        standing.origin());
                  })
              .toList();
      units.add(new CriteriaGrid.Unit(standard.code(), standard.title(), rows));
    }
    return new CriteriaGrid(units);
  }

  private static List<CriteriaGrid.Entry> entries(
      Criterion criterion, Map<String, List<MappingJson>> byCriterion, Catalogue catalogue) {
    List<CriteriaGrid.Entry> entries = new ArrayList<>();
    byCriterion
        .getOrDefault(criterion.id(), List.of())
        .forEach(m -> entries.add(new CriteriaGrid.Entry(m.evidence(), null)));
    for (String twin : catalogue.twins(criterion.id())) {
      byCriterion
          .getOrDefault(twin, List.of())
          .forEach(m -> entries.add(new CriteriaGrid.Entry(m.evidence(), twin)));
    }
    return entries;
  }

  private List<EvidenceMapping> mappingsOf(User apprentice) {
    return em.createNamedQuery(EvidenceMapping.OF_APPRENTICE, EvidenceMapping.class)
        .setParameter("apprenticeId", apprentice.getId())
        .getResultList();
  }

  /**
   * Names of the apprentice's evidence items and assessment parts, read in two statements; a third
   * reads an assessment's submitted versions only when a claim points to a part removed from its
   * draft.
   */
  private Labels labels(User apprentice) {
    Map<Long, EvidenceItem> items = new HashMap<>();
    em.createNamedQuery(EvidenceItem.OF_APPRENTICE, EvidenceItem.class)
        .setParameter("apprenticeId", apprentice.getId())
        .getResultList()
        .forEach(i -> items.put(i.getId(), i));
    Map<Long, AssessmentContent> assessments = new HashMap<>();
    em.createNamedQuery(RiskAssessment.OF_APPRENTICE, RiskAssessment.class)
        .setParameter("apprenticeId", apprentice.getId())
        .getResultList()
        .forEach(a -> assessments.put(a.getId(), Documents.read(a.getContent())));
    return new Labels(items, assessments, new HashMap<>());
  }

  private final class Labels {
    private final Map<Long, EvidenceItem> items;
    private final Map<Long, AssessmentContent> assessments;
    private final Map<Long, List<AssessmentContent>> submitted;

    Labels(
        Map<Long, EvidenceItem> items,
        Map<Long, AssessmentContent> assessments,
        Map<Long, List<AssessmentContent>> submitted) {
      this.items = items;
      this.assessments = assessments;
      this.submitted = submitted;
    }

    String of(EvidenceMapping m) {
      if (m.getEvidenceId() != null) {
        EvidenceItem item = items.get(m.getEvidenceId());
        return item.getKind().getLabel() + ": " + item.getTitle();
      }
      AssessmentContent content = assessments.get(m.getAssessmentId());
      return describe(
          content,
          content
              .partLabel(m.getPart())
              .orElseGet(() -> removed(submitted(m.getAssessmentId()), m.getPart())));
    }

    private List<AssessmentContent> submitted(long assessmentId) {
      return submitted.computeIfAbsent(
          assessmentId,
          id ->
              em.createNamedQuery(AssessmentVersion.OF_ASSESSMENT, AssessmentVersion.class)
                  .setParameter("assessmentId", id)
                  .getResultStream()
                  .map(v -> Documents.read(v.getContent()))
                  .toList());
    }
  }

  /** A claim on a part of a risk assessment as a person reads it. */
  public static String describe(AssessmentContent content, String partLabel) {
    String title = content.getTitle() == null ? Portfolios.UNTITLED : content.getTitle();
    return "Risk assessment \"" + title + "\", " + partLabel;
  }

  /**
   * A part no longer in the draft: its name in the latest submitted version that has it, or its
   * kind, marked "removed from the draft" so a claim on it never shows a raw id like "risk:r5".
   */
  public static String removed(List<AssessmentContent> submitted, String part) {
    for (int i = submitted.size() - 1; i >= 0; i--) {
      Optional<String> label = submitted.get(i).partLabel(part);
      if (label.isPresent()) {
        return label.get() + " " + REMOVED;
      }
    }
    String kind = part.contains(":") ? part.substring(0, part.indexOf(':')) : "part";
    return "a " + (kind.equals("stage") || kind.equals("risk") ? kind : "part") + " " + REMOVED;
  }

  public static final String REMOVED = "(removed from the draft)";
}
