package io.riskwise.assessment.boundary;

import io.riskwise.assessment.entity.AssessorRecord;
import io.riskwise.assessment.entity.SignOff;
import io.riskwise.identity.boundary.CurrentUser;
import io.riskwise.identity.entity.Role;
import io.riskwise.identity.entity.User;
import io.riskwise.learning.boundary.Modules;
import io.riskwise.learning.entity.ModuleProgress;
import io.riskwise.platform.rest.InvalidInputException;
import io.riskwise.platform.rest.ProblemException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * One unit of one apprentice: each criterion's status, the sign-offs, and the actions each person
 * may take: the assessor signs off, accepts knowledge evidence and revokes; the apprentice
 * countersigns; an IQA may revoke.
 */
@Named("unit")
@ViewScoped
public class UnitView implements java.io.Serializable {
  @Inject CurrentUser currentUser;
  @Inject Assessments assessments;
  @Inject AssessorRecords records;
  @Inject SignOffs signOffs;
  @Inject Modules modules;
  @Inject QualityAssurance quality;
  @Inject io.riskwise.catalogue.boundary.Catalogues catalogues;

  private long apprentice;
  private String code = "C6";
  private boolean declared;
  private String reason;
  private String knowledge;
  private final AssessorRecords.NewRecord record = new AssessorRecords.NewRecord();
  private transient List<Assessments.CriterionRow> rows;
  private transient List<SignOff> signed;
  private transient List<SelectItem> knowledgeChoices;

  /** Reads the unit first, so that an apprentice nobody may see is the not-found page. */
  public void load() {
    getRows();
  }

  public List<Assessments.CriterionRow> getRows() {
    if (rows == null) {
      rows = assessments.statuses(currentUser.get(), apprentice, code);
    }
    return rows;
  }

  public List<SignOff> getSignOffs() {
    if (signed == null) {
      signed =
          signOffs.of(currentUser.get(), apprentice).stream()
              .filter(s -> s.getUnitCode().equals(code))
              .toList();
    }
    return signed;
  }

  /** "Referred by the IQA" until a later agreement; "Agreed by the IQA"; empty when not checked. */
  public String iqaVerdict(SignOff signOff) {
    var verdict = quality.signOffVerdicts(List.of(signOff)).get(signOff.getId());
    if (verdict == null) {
      return "";
    }
    return verdict == io.riskwise.assessment.entity.IqaDecision.Outcome.REFERRED
        ? "Referred back by the IQA: not resolved yet."
        : "Agreed by the IQA.";
  }

  public String getApprenticeName() {
    return assessments.apprentice(currentUser.get(), apprentice).getDisplayName();
  }

  public long getMet() {
    return getRows().stream().filter(r -> r.status() == Assessments.Status.MET).count();
  }

  /** The criteria not met yet, directly or through a twin: what is still to evidence. */
  public List<Assessments.CriterionRow> getStillToEvidence() {
    return getRows().stream().filter(r -> r.status() != Assessments.Status.MET).toList();
  }

  /** Criteria met through their twin in the cross-map, for the note above the table. */
  public long getMetThroughTwins() {
    return getRows().stream().filter(r -> r.metThrough() != null).count();
  }

  public boolean isAssessor() {
    User viewer = currentUser.get();
    return viewer.hasRole(Role.ASSESSOR)
        && assessments.isAssessorOf(viewer, assessments.apprentice(viewer, apprentice));
  }

  public boolean isOwner() {
    return currentUser.get().getId() == apprentice;
  }

  public boolean isMayRevoke() {
    return isAssessor() || currentUser.get().hasRole(Role.IQA);
  }

  public void signOff() {
    run(
        () -> signOffs.signOff(currentUser.get(), apprentice, code),
        code + " is signed off; the apprentice has been asked to countersign.");
  }

  public void countersign(long id) {
    run(() -> signOffs.countersign(currentUser.get(), id, declared), "Countersigned. Thank you.");
  }

  public void revoke(long id) {
    run(
        () -> signOffs.revoke(currentUser.get(), id, reason),
        "The sign-off is revoked; the reason is recorded.");
  }

  public void acceptKnowledge() {
    if (knowledge == null || !knowledge.contains("|")) {
      error("Choose a module and the criterion it teaches.");
      return;
    }
    String[] parts = knowledge.split("\\|");
    run(
        () -> records.acceptKnowledge(currentUser.get(), apprentice, parts[0], parts[1]),
        parts[1] + " accepted as met from the learning module.");
  }

  /** The assessor writes up an observation, discussion or questioning and the criteria it shows. */
  public void addRecord() {
    run(
        () -> records.addRecord(currentUser.get(), apprentice, record),
        "Your record is saved and its criteria are judged met.");
  }

  public List<AssessorRecord> getRecords() {
    return records.recordsOf(currentUser.get(), apprentice);
  }

  public AssessorRecords.NewRecord getRecord() {
    return record;
  }

  /** Each module's knowledge criteria in this unit, as "module|criterion" choices. */
  /** Whether the unit has a sign-off in force, so that it is not offered for sign-off again. */
  public boolean isSignedOff() {
    return getSignOffs().stream().anyMatch(s -> s.state() != SignOff.State.REVOKED);
  }

  /** Knowledge criteria of this unit taught by a module the apprentice has completed. */
  public List<SelectItem> getKnowledgeChoices() {
    if (knowledgeChoices == null) {
      knowledgeChoices = knowledgeChoices();
    }
    return knowledgeChoices;
  }

  private List<SelectItem> knowledgeChoices() {
    var progress = modules.progressOf(assessments.apprentice(currentUser.get(), apprentice));
    return modules.all().stream()
        .filter(
            m ->
                progress.containsKey(m.id())
                    && progress.get(m.id()).getStatus() == ModuleProgress.Status.COMPLETED)
        .flatMap(
            m ->
                m.criteria().stream()
                    .filter(c -> c.startsWith(code + "."))
                    .filter(
                        c ->
                            catalogues
                                .current()
                                .criterion(c)
                                .map(Assessments::isKnowledge)
                                .orElse(false))
                    .filter(c -> getRows().stream().anyMatch(r -> r.criterionId().equals(c)))
                    .map(c -> new SelectItem(m.id() + "|" + c, c + " from \"" + m.title() + "\"")))
        .toList();
  }

  private void run(Runnable action, String done) {
    try {
      action.run();
      rows = null;
      signed = null;
      knowledgeChoices = null;
      FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(done));
    } catch (InvalidInputException e) {
      e.errors().forEach(error -> error(error.message()));
    } catch (ProblemException e) {
      error(e.getMessage());
    }
  }

  private static void error(String message) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    faces.validationFailed();
  }

  public long getApprentice() {
    return apprentice;
  }

  public void setApprentice(long apprentice) {
    this.apprentice = apprentice;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public boolean isDeclared() {
    return declared;
  }

  public void setDeclared(boolean declared) {
    this.declared = declared;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getKnowledge() {
    return knowledge;
  }

  public void setKnowledge(String knowledge) {
    this.knowledge = knowledge;
  }
}
