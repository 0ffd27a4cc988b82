package io.riskwise.portfolio.boundary;

import io.riskwise.identity.boundary.CurrentUser;
import io.riskwise.identity.entity.User;
import io.riskwise.platform.rest.InvalidInputException;
import io.riskwise.platform.rest.ProblemException;
import io.riskwise.portfolio.control.Documents;
import io.riskwise.portfolio.control.EditorOutline;
import io.riskwise.portfolio.control.ReadinessCheck;
import io.riskwise.portfolio.control.ReadinessCheck.Readiness;
import io.riskwise.portfolio.entity.ActionOrigin;
import io.riskwise.portfolio.entity.ActionStatus;
import io.riskwise.portfolio.entity.AssessmentContent;
import io.riskwise.portfolio.entity.AssessmentContent.Action;
import io.riskwise.portfolio.entity.AssessmentContent.Consultee;
import io.riskwise.portfolio.entity.AssessmentContent.CostBenefit;
import io.riskwise.portfolio.entity.AssessmentContent.Risk;
import io.riskwise.portfolio.entity.AssessmentContent.Stage;
import io.riskwise.portfolio.entity.AssessmentVersion;
import io.riskwise.portfolio.entity.ConsulteeGroup;
import io.riskwise.portfolio.entity.Decision;
import io.riskwise.portfolio.entity.RiskAssessment;
import io.riskwise.portfolio.entity.RiskKind;
import io.riskwise.rating.Band;
import io.riskwise.rating.Matrix;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The risk assessment editor. It holds the apprentice's working copy and the draft version it was
 * read at; every save (the button, or autosave every few seconds while typing) goes through {@link
 * Portfolios#save}, so a save from a stale tab is refused and the text on screen is kept for the
 * apprentice to copy or to save over the other version on purpose. Others who may read the
 * portfolio see the same page without the controls.
 */
@Named("editor")
@ViewScoped
public class AssessmentEditor implements Serializable {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  @Inject CurrentUser currentUser;
  @Inject Portfolios portfolios;
  @Inject Mappings mappings;

  private long id;
  private long version;
  private boolean readOnly;
  private boolean conflict;
  private String status;
  private String ownerName;
  private long apprenticeId;
  private AssessmentContent content;
  private Readiness readiness;
  private List<AssessmentVersion> submitted;
  private List<Mappings.MappingJson> mappingViews;

  public void load() throws IOException {
    User viewer = currentUser.get();
    RiskAssessment assessment = portfolios.find(viewer, id);
    readOnly = !assessment.getApprenticeId().equals(viewer.getId());
    ownerName = portfolios.ownerName(assessment);
    apprenticeId = assessment.getApprenticeId();
    take(assessment);
  }

  /**
   * The autosave, the save button and every add or remove. What is stored is a copy without the
   * blank parts; the page keeps them, so a stage or risk just added stays on screen to be filled.
   */
  public void save() {
    if (readOnly) {
      return;
    }
    try {
      RiskAssessment saved =
          portfolios.save(currentUser.get(), id, version, withoutLinksToBlankRisks(content));
      version = saved.getVersion();
      readiness = portfolios.readiness(saved);
      content.assignIds();
      content.rate();
      conflict = false;
      List<String> blank = Documents.copy(content).dropBlankParts();
      status =
          "Saved at "
              + now()
              + "."
              + (blank.isEmpty()
                  ? ""
                  : " Not saved until you write something in it: "
                      + String.join(", ", blank)
                      + ".");
    } catch (ProblemException e) {
      if (e.getResponse().getStatus() == 409) {
        conflict = true;
        status = e.getMessage();
      } else {
        throw e;
      }
    } catch (InvalidInputException e) {
      e.errors().forEach(error -> error(error.field() + ": " + error.message()));
      status = "Not saved: see the problems above.";
    }
  }

  /**
   * A copy of what is on screen to store: a link from a person consulted, the SWOT, the PESTLE or a
   * cost / benefit to a risk that is not stored (a risk removed, or added and left blank) is left
   * out, so ticking a risk never makes a save fail.
   */
  private static AssessmentContent withoutLinksToBlankRisks(AssessmentContent content) {
    AssessmentContent copy = Documents.copy(content);
    Set<String> stored =
        copy.risks().stream()
            .filter(r -> !r.isBlank() && r.getId() != null)
            .map(Risk::getId)
            .collect(Collectors.toSet());
    dropLinks(copy, stored);
    return copy;
  }

  /** Removes every link to a risk that is not among {@code kept}. */
  private static void dropLinks(AssessmentContent content, Set<String> kept) {
    for (Consultee consultee : content.getConsultees()) {
      if (consultee.getRiskIds() != null) {
        consultee.getRiskIds().removeIf(riskId -> !kept.contains(riskId));
      }
    }
    if (content.getSwot() != null && content.getSwot().getRiskIds() != null) {
      content.getSwot().getRiskIds().removeIf(riskId -> !kept.contains(riskId));
    }
    if (content.getPestle() != null && content.getPestle().getRiskIds() != null) {
      content.getPestle().getRiskIds().removeIf(riskId -> !kept.contains(riskId));
    }
    for (CostBenefit costBenefit : content.getCostBenefits()) {
      if (costBenefit.getRiskId() != null && !kept.contains(costBenefit.getRiskId())) {
        costBenefit.setRiskId(null);
      }
    }
  }

  /** After a removal: no person, SWOT, PESTLE or cost / benefit still points at a risk gone. */
  private void dropLinksToRemovedRisks() {
    dropLinks(
        content,
        content.risks().stream()
            .map(Risk::getId)
            .filter(java.util.Objects::nonNull)
            .collect(Collectors.toSet()));
  }

  /** After a conflict: save what is on screen over the version saved elsewhere. */
  public void keepMine() {
    version = portfolios.find(currentUser.get(), id).getVersion();
    save();
  }

  /** After a conflict: drop what is on screen and load the version saved elsewhere. */
  public void loadSaved() {
    take(portfolios.find(currentUser.get(), id));
    conflict = false;
    status = "Loaded the version saved at " + now() + ".";
  }

  public String submit() {
    save();
    if (conflict || FacesContext.getCurrentInstance().isValidationFailed()) {
      return null;
    }
    try {
      AssessmentVersion submittedVersion = portfolios.submit(currentUser.get(), id, version);
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().getFlash().setKeepMessages(true);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              "Version " + submittedVersion.getNumber() + " has gone to your assessor.",
              "Your draft stays as it is: you can keep working on it and submit again later."));
      return "/app/portfolio/versions?faces-redirect=true&id=" + id;
    } catch (ProblemException e) {
      error(e.getMessage());
      return null;
    }
  }

  public void addStage() {
    content.getStages().add(new Stage());
    content.assignIds();
    save();
  }

  public void removeStage(Stage stage) {
    content.getStages().remove(stage);
    dropLinksToRemovedRisks();
    save();
  }

  public void moveUp(Stage stage) {
    int at = content.getStages().indexOf(stage);
    if (at > 0) {
      content.getStages().remove(at);
      content.getStages().add(at - 1, stage);
      save();
    }
  }

  public void addRisk(Stage stage) {
    Risk risk = new Risk();
    risk.setKind(RiskKind.FINANCIAL);
    stage.getRisks().add(risk);
    content.assignIds();
    save();
  }

  public void removeRisk(Stage stage, Risk risk) {
    stage.getRisks().remove(risk);
    dropLinksToRemovedRisks();
    save();
  }

  public void addAction(Risk risk) {
    Action action = new Action();
    action.setStatus(ActionStatus.PLANNED);
    risk.getActions().add(action);
    save();
  }

  public void removeAction(Risk risk, Action action) {
    risk.getActions().remove(action);
    save();
  }

  public void addConsultee() {
    content.getConsultees().add(new Consultee());
    save();
  }

  public void removeConsultee(Consultee consultee) {
    content.getConsultees().remove(consultee);
    save();
  }

  public void addSwot() {
    content.setSwot(new AssessmentContent.Swot());
    save();
  }

  public void addPestle() {
    content.setPestle(new AssessmentContent.Pestle());
    save();
  }

  public void addCostBenefit() {
    content.getCostBenefits().add(new CostBenefit());
    save();
  }

  public void removeCostBenefit(CostBenefit costBenefit) {
    content.getCostBenefits().remove(costBenefit);
    save();
  }

  /**
   * Saves what is on screen, then opens the page where a part of this assessment (or the whole of
   * it: {@code whole}) is mapped to criteria by ticking.
   */
  public String mapCriteria(String part) {
    save();
    if (conflict || FacesContext.getCurrentInstance().isValidationFailed()) {
      return null;
    }
    return "/app/portfolio/map?faces-redirect=true&assessment=" + id + "&part=" + part;
  }

  public void removeMapping(long mappingId) {
    mappings.remove(currentUser.get(), mappingId);
    mappingViews = null;
  }

  /** The mappings of this assessment, read again after each change made here. */
  public List<Mappings.MappingJson> getMappings() {
    if (mappingViews == null) {
      mappingViews = mappings.ofAssessment(portfolios.find(currentUser.get(), id));
    }
    return mappingViews;
  }

  /** The probability and consequence levels of this assessment's matrix, with their labels. */
  public List<SelectItem> getProbabilities() {
    return levels(content.getMatrix().probabilityLabels());
  }

  public List<SelectItem> getConsequences() {
    return levels(content.getMatrix().consequenceLabels());
  }

  private static List<SelectItem> levels(List<String> labels) {
    List<SelectItem> items = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      items.add(new SelectItem(i + 1, (i + 1) + " " + labels.get(i)));
    }
    return items;
  }

  /**
   * The heat map: for each probability (highest first) and consequence, how many risks. After
   * action, a risk without a residual rating (one tolerated, or not acted on yet) stays where it
   * was, so every rated risk is on both maps.
   */
  public List<List<Cell>> heatMap(boolean residual) {
    Matrix matrix = content.getMatrix();
    List<List<Cell>> rows = new ArrayList<>();
    for (int p = matrix.size(); p >= 1; p--) {
      List<Cell> row = new ArrayList<>();
      for (int c = 1; c <= matrix.size(); c++) {
        int probability = p;
        int consequence = c;
        long count =
            content.risks().stream()
                .map(
                    r ->
                        residual
                            ? after(r)
                            : new int[] {level(r.getProbability()), level(r.getConsequence())})
                .filter(at -> at[0] == probability && at[1] == consequence)
                .count();
        row.add(new Cell(p * c, matrix.band(p * c), count));
      }
      rows.add(row);
    }
    return rows;
  }

  private static int[] after(Risk risk) {
    return risk.getResidualProbability() != null && risk.getResidualConsequence() != null
        ? new int[] {risk.getResidualProbability(), risk.getResidualConsequence()}
        : new int[] {level(risk.getProbability()), level(risk.getConsequence())};
  }

  private static int level(Integer value) {
    return value == null ? 0 : value;
  }

  /** The heat maps in words: each rated risk, its rating before and after action. */
  public List<RatedRisk> getRatedRisks() {
    List<RatedRisk> rated = new ArrayList<>();
    for (Risk risk : content.risks()) {
      if (risk.getScore() != null) {
        String after =
            risk.getResidualScore() != null
                ? risk.getResidualScore() + " " + risk.getResidualBand().label()
                : risk.getDecision() == Decision.TOLERATE
                    ? "tolerated: stays " + risk.getScore() + " " + risk.getBand().label()
                    : "not rated after action yet: shown at " + risk.getScore();
        rated.add(
            new RatedRisk(risk.name(), risk.getScore() + " " + risk.getBand().label(), after));
      }
    }
    return rated;
  }

  /** One line of the heat maps' text equivalent. */
  public record RatedRisk(String risk, String before, String after) implements Serializable {}

  public List<EditorOutline.Section> getSections() {
    return EditorOutline.sections(content, readiness);
  }

  public String stageSummary(Stage stage, int index) {
    return EditorOutline.stageSummary(stage, index);
  }

  public String riskSummary(Risk risk, int index) {
    return EditorOutline.riskSummary(risk, index);
  }

  /** Where a gap the readiness check names is put right on this page. */
  public String anchorOf(ReadinessCheck.Check check) {
    return EditorOutline.anchorOf(check);
  }

  /** A link to a part of the draft: the element it opens, and the part's name. */
  public record PartLink(String anchor, String name) implements Serializable {}

  private static final java.util.Map<String, String> OTHER_PARTS =
      java.util.Map.of(
          "consultation", "Who you consulted",
          "customers-told", "How customers were told",
          "staff-awareness", "How staff were made aware",
          "swot", "SWOT",
          "pestle", "PESTLE",
          "cost-benefit", "Cost / benefit");

  /**
   * Links to the parts the assessor remarked on ("stage:s1", "risk:r3", "consultation", ...), in
   * the order they come in the editor, each named as the editor names it.
   */
  public List<PartLink> remarkLinks(java.util.Collection<String> parts) {
    List<PartLink> links = new ArrayList<>();
    for (int s = 0; s < content.getStages().size(); s++) {
      Stage stage = content.getStages().get(s);
      if (parts.contains("stage:" + stage.getId())) {
        links.add(
            new PartLink(
                EditorOutline.anchorOfPart("stage:" + stage.getId()),
                EditorOutline.stageSummary(stage, s)));
      }
      for (int r = 0; r < stage.getRisks().size(); r++) {
        Risk risk = stage.getRisks().get(r);
        if (parts.contains("risk:" + risk.getId())) {
          links.add(
              new PartLink(
                  "risk-" + risk.getId(),
                  "Stage " + (s + 1) + ", " + EditorOutline.riskSummary(risk, r)));
        }
      }
    }
    for (String part :
        List.of(
            "consultation",
            "customers-told",
            "staff-awareness",
            "swot",
            "pestle",
            "cost-benefit")) {
      if (parts.contains(part)) {
        links.add(new PartLink(EditorOutline.anchorOfPart(part), OTHER_PARTS.get(part)));
      }
    }
    return links;
  }

  /**
   * What the confirmation before submitting says: what submitting does, and which requirements the
   * saved draft meets only thinly or not at all. It never stops the apprentice submitting.
   */
  public String getSubmitQuestion() {
    String question =
        "Version "
            + (submitted.size() + 1)
            + " of this assessment, as it is saved now, goes to your assessor to judge, with the"
            + " criteria you mapped to it. Your draft stays here: you can keep working on it, and"
            + " nothing you change later reaches your assessor until you submit again.";
    if (readiness == null || readiness.ready()) {
      return question;
    }
    List<String> thin = requirements(ReadinessCheck.Verdict.THIN);
    List<String> missing = requirements(ReadinessCheck.Verdict.MISSING);
    StringBuilder gaps = new StringBuilder();
    if (!thin.isEmpty()) {
      gaps.append(
          thin.size() == 1
              ? "1 requirement is only thinly met: "
              : thin.size() + " requirements are only thinly met: ");
      gaps.append(String.join(", ", thin)).append(". ");
    }
    if (missing.size() > 5) {
      gaps.append(missing.size()).append(" requirements are not met yet. ");
    } else if (!missing.isEmpty()) {
      gaps.append(
          missing.size() == 1
              ? "1 requirement is not met: "
              : missing.size() + " requirements are not met: ");
      gaps.append(String.join(", ", missing)).append(". ");
    }
    return gaps
        + "Your assessor may return it (see \"7. Check and submit\"). Submit anyway? "
        + question;
  }

  private List<String> requirements(ReadinessCheck.Verdict verdict) {
    return readiness.checks().stream()
        .filter(c -> c.verdict() == verdict)
        .map(ReadinessCheck.Check::requirement)
        .toList();
  }

  /** A cell of the heat map. */
  public record Cell(int score, Band band, long risks) implements Serializable {}

  public String bandRanges() {
    Matrix matrix = content.getMatrix();
    return "Low "
        + matrix.range(Band.LOW)
        + ", medium "
        + matrix.range(Band.MEDIUM)
        + ", high "
        + matrix.range(Band.HIGH)
        + ".";
  }

  public RiskKind[] getKinds() {
    return RiskKind.values();
  }

  /** Whether a stage still lacks a kind of risk that it neither lists nor explains. */
  public boolean reasonsNeeded(Stage stage) {
    return RiskKind.REQUIRED.stream()
        .anyMatch(kind -> stage.risksOf(kind).isEmpty() && stage.noneFoundReason(kind) == null);
  }

  public List<RiskKind> getRequiredKinds() {
    return RiskKind.REQUIRED;
  }

  public Decision[] getDecisions() {
    return Decision.values();
  }

  public ActionStatus[] getActionStatuses() {
    return ActionStatus.values();
  }

  public ConsulteeGroup[] getGroups() {
    return ConsulteeGroup.values();
  }

  /**
   * The risks to link a person consulted, the SWOT, the PESTLE or a cost / benefit to, each named
   * with its stage and number as the editor shows it ("Stage 2, risk 1: Card reader fails").
   */
  public List<SelectItem> getRiskChoices() {
    List<SelectItem> choices = new ArrayList<>();
    for (int s = 0; s < content.getStages().size(); s++) {
      List<Risk> risks = content.getStages().get(s).getRisks();
      for (int r = 0; r < risks.size(); r++) {
        Risk risk = risks.get(r);
        if (risk.getId() != null) {
          choices.add(
              new SelectItem(
                  risk.getId(), "Stage " + (s + 1) + ", risk " + (r + 1) + ": " + risk.name()));
        }
      }
    }
    return choices;
  }

  /** Who took an action: the apprentice, someone else after the assessment, or already in place. */
  public List<SelectItem> getOrigins() {
    return List.of(
        new SelectItem(ActionOrigin.MINE, "I took or led it"),
        new SelectItem(ActionOrigin.OTHERS, "Someone else took it, after my assessment"),
        new SelectItem(ActionOrigin.ALREADY_IN_PLACE, "It was already in place"));
  }

  /** How many requirements have each verdict. */
  public long count(String verdict) {
    return readiness == null
        ? 0
        : readiness.checks().stream()
            .filter(c -> c.verdict() == ReadinessCheck.Verdict.valueOf(verdict))
            .count();
  }

  /** The readiness check in one line: "12 of 18 met; 4 thin; 2 not met". */
  public String getReadinessSummary() {
    if (readiness == null) {
      return "";
    }
    return count("MET")
        + " of "
        + readiness.checks().size()
        + " met; "
        + count("THIN")
        + " thin; "
        + count("MISSING")
        + " not met";
  }

  /** Where one place a requirement names is put right on this page. */
  public String anchorOf(ReadinessCheck.Check check, ReadinessCheck.Place place) {
    return EditorOutline.anchorOf(check.requirement(), place.field());
  }

  /** The address of a lesson the learning suggests, from this page. */
  public String lessonUrl(ReadinessCheck.Advice advice) {
    String href = advice.lessonHref();
    if (href == null || href.isBlank()) {
      return null;
    }
    String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    return href.startsWith("/") && !href.startsWith(context + "/") ? context + href : href;
  }

  private void take(RiskAssessment assessment) {
    version = assessment.getVersion();
    content = Documents.read(assessment.getContent());
    readiness = portfolios.readiness(assessment);
    submitted = portfolios.versionsOf(assessment);
  }

  private static String now() {
    return java.time.ZonedDateTime.now(ZoneId.of("UTC")).format(TIME) + " UTC";
  }

  private static void error(String message) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    faces.validationFailed();
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public long getVersion() {
    return version;
  }

  public boolean isReadOnly() {
    return readOnly;
  }

  public boolean isConflict() {
    return conflict;
  }

  public String getStatus() {
    return status;
  }

  public long getApprenticeId() {
    return apprenticeId;
  }

  public String getOwnerName() {
    return ownerName;
  }

  public AssessmentContent getContent() {
    return content;
  }

  public Readiness getReadiness() {
    return readiness;
  }

  public List<AssessmentVersion> getSubmitted() {
    return submitted;
  }
}
