package io.riskwise.assessment.boundary;

import io.riskwise.assessment.entity.AssessorRecord;
import io.riskwise.assessment.entity.Judgement;
import io.riskwise.catalogue.boundary.Catalogues;
import io.riskwise.catalogue.entity.Criterion;
import io.riskwise.identity.entity.User;
import io.riskwise.learning.boundary.Modules;
import io.riskwise.learning.entity.ModuleProgress;
import io.riskwise.platform.rest.InvalidInputException;
import io.riskwise.platform.rest.Problem;
import io.riskwise.platform.rest.ProblemException;
import io.riskwise.portfolio.entity.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evidence the assessor judges outside a submission: the apprentice's completed learning, accepted
 * for knowledge criteria, and the assessor's own records (observation, professional discussion,
 * questioning). Each judgement is made through {@link Assessments#judge}, so it is audited and
 * counted like any other.
 */
@ApplicationScoped
public class AssessorRecords {

  @Inject Assessments assessments;
  @Inject Catalogues catalogues;
  @Inject Modules modules;
  @PersistenceContext EntityManager em;

  /**
   * Accepts the apprentice's learning as evidence for a knowledge criterion (never a performance
   * one: C6 ER1 forbids simulation), once the module teaching it is completed.
   */
  @Transactional
  public Judgement acceptKnowledge(
      User assessor, long apprenticeId, String moduleId, String criterionId) {
    User apprentice = assessments.apprentice(assessor, apprenticeId);
    assessments.requireAssessorOf(assessor, apprentice);
    Criterion criterion =
        catalogues
            .current()
            .criterion(criterionId)
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "criterionId", "There is no criterion " + criterionId + "."));
    if (!Assessments.isKnowledge(criterion)) {
      throw InvalidInputException.of(
          "criterionId",
          criterionId
              + " needs evidence from real work: learning is knowledge evidence only (C6 ER1).");
    }
    var module =
        modules
            .find(moduleId)
            .orElseThrow(
                () -> InvalidInputException.of("moduleId", "There is no module " + moduleId + "."));
    if (!module.criteria().contains(criterionId)) {
      throw InvalidInputException.of(
          "criterionId", "Module \"" + module.title() + "\" does not teach " + criterionId + ".");
    }
    ModuleProgress progress = modules.progressOf(apprentice).get(moduleId);
    if (progress == null || progress.getStatus() != ModuleProgress.Status.COMPLETED) {
      throw new ProblemException(
          Response.Status.CONFLICT,
          apprentice.getDisplayName() + " has not completed \"" + module.title() + "\" yet.");
    }
    return assessments.judge(
        assessor,
        apprentice,
        criterionId,
        new Judgement.On(null, null, null, null, moduleId, null, Judgement.Source.LEARNING),
        Judgement.Status.MET,
        "Accepted from the learning module \"" + module.title() + "\" (knowledge evidence).");
  }

  /** The assessor's own record and the criteria it meets, as the API sends it. */
  public static class NewRecord implements java.io.Serializable {
    private AssessorRecord.Kind kind;
    private LocalDate occurredOn;
    private String occasion;
    private String record;
    private List<String> criteria = new ArrayList<>();

    public AssessorRecord.Kind getKind() {
      return kind;
    }

    public void setKind(AssessorRecord.Kind kind) {
      this.kind = kind;
    }

    public LocalDate getOccurredOn() {
      return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
      this.occurredOn = occurredOn;
    }

    public String getOccasion() {
      return occasion;
    }

    public void setOccasion(String occasion) {
      this.occasion = occasion;
    }

    public String getRecord() {
      return record;
    }

    public void setRecord(String record) {
      this.record = record;
    }

    public List<String> getCriteria() {
      return criteria;
    }

    public void setCriteria(List<String> criteria) {
      this.criteria = criteria == null ? new ArrayList<>() : criteria;
    }
  }

  /**
   * Records the assessor's own evidence (observation, professional discussion, or questioning for
   * knowledge criteria only) and judges the criteria it shows as met.
   */
  @Transactional
  public AssessorRecord addRecord(User assessor, long apprenticeId, NewRecord record) {
    User apprentice = assessments.apprentice(assessor, apprenticeId);
    assessments.requireAssessorOf(assessor, apprentice);
    List<Problem.FieldError> problems = new ArrayList<>();
    if (record == null || record.getKind() == null) {
      throw InvalidInputException.of(
          "kind", "Choose observation, professional discussion or questioning.");
    }
    if (record.getOccurredOn() == null
        || record.getOccurredOn().isAfter(LocalDate.now(ZoneOffset.UTC))) {
      problems.add(
          new Problem.FieldError("occurredOn", "Give the date it happened, not in the future."));
    }
    if (!Text.present(record.getOccasion()) || record.getOccasion().length() > 300) {
      problems.add(
          new Problem.FieldError("occasion", "Say what occasion it was (up to 300 characters)."));
    }
    if (!Text.present(record.getRecord())) {
      problems.add(new Problem.FieldError("record", "Write up what you saw, discussed or asked."));
    }
    if (record.getCriteria().isEmpty()) {
      problems.add(new Problem.FieldError("criteria", "Choose the criteria this record shows."));
    }
    for (int i = 0; i < record.getCriteria().size(); i++) {
      Optional<Criterion> criterion = catalogues.current().criterion(record.getCriteria().get(i));
      if (criterion.isEmpty()) {
        problems.add(new Problem.FieldError("criteria[" + i + "]", "There is no such criterion."));
      } else if (!record.getKind().canShow(Assessments.isKnowledge(criterion.get()))) {
        problems.add(
            new Problem.FieldError(
                "criteria[" + i + "]",
                criterion.get().id()
                    + " needs evidence from real work: questioning can only show knowledge."));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    var saved =
        new AssessorRecord(
            apprentice.getId(),
            assessor.getId(),
            record.getKind(),
            record.getOccurredOn(),
            record.getOccasion().strip(),
            record.getRecord().strip());
    em.persist(saved);
    em.flush();
    for (String criterionId : record.getCriteria()) {
      assessments.judge(
          assessor,
          apprentice,
          criterionId,
          new Judgement.On(null, null, null, null, null, saved.getId(), Judgement.Source.ASSESSOR),
          Judgement.Status.MET,
          "Shown by the assessor's "
              + record.getKind().words()
              + " on "
              + record.getOccurredOn()
              + ".");
    }
    return saved;
  }

  public List<AssessorRecord> recordsOf(User viewer, long apprenticeId) {
    return em.createNamedQuery(AssessorRecord.OF_APPRENTICE, AssessorRecord.class)
        .setParameter("apprenticeId", assessments.apprentice(viewer, apprenticeId).getId())
        .getResultList();
  }
}
