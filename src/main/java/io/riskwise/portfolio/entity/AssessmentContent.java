package io.riskwise.portfolio.entity;

import io.riskwise.rating.Band;
import io.riskwise.rating.Matrix;
import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The apprentice's workplace risk assessment as one document (DOMAIN.md "The portfolio risk
 * assessment"): stored as JSON in the draft, frozen as that JSON in each submitted version. Ratings
 * and bands in it are always computed on the server from {@link #getMatrix()}.
 */
public class AssessmentContent implements Serializable {
  /**
   * The version of the stored document's shape: written into every document stored, upgraded from
   * older ones when read ({@link io.riskwise.portfolio.control.DocumentSchema}).
   */
  public static final int SCHEMA_VERSION = 2;

  private Matrix matrix;
  private String title;
  private String organisation;
  private String role;
  private String area;
  private LocalDate date;
  private String customers;
  private boolean internalCustomers;
  private boolean externalCustomers;
  private List<Stage> stages = new ArrayList<>();
  private List<Consultee> consultees = new ArrayList<>();
  private String customersTold;
  private String customersToldWho;
  private LocalDate customersToldOn;
  private String staffAwareness;
  private String staffToldWho;
  private LocalDate staffToldOn;
  private Swot swot;
  private Pestle pestle;
  private List<CostBenefit> costBenefits = new ArrayList<>();

  /**
   * Recomputes every score and band from the matrix. A level off the scale leaves the score empty;
   * {@link io.riskwise.portfolio.control.ContentRules} refuses such input before it is saved.
   */
  public void rate() {
    for (Risk risk : risks()) {
      Matrix.Rating before = rating(risk.getProbability(), risk.getConsequence());
      risk.setScore(before == null ? null : before.score());
      risk.setBand(before == null ? null : before.band());
      Matrix.Rating after = rating(risk.getResidualProbability(), risk.getResidualConsequence());
      risk.setResidualScore(after == null ? null : after.score());
      risk.setResidualBand(after == null ? null : after.band());
    }
  }

  private Matrix.Rating rating(Integer probability, Integer consequence) {
    return matrix.isScore(probability) && matrix.isScore(consequence)
        ? matrix.rate(probability, consequence)
        : null;
  }

  /** Gives every stage and risk without an id one that is unique in this document. */
  public void assignIds() {
    int next = 1 + stages.stream().mapToInt(s -> number(s.getId())).max().orElse(0);
    for (Stage stage : stages) {
      if (stage.getId() == null || stage.getId().isBlank()) {
        stage.setId("s" + next++);
      }
    }
    next = 1 + risks().stream().mapToInt(r -> number(r.getId())).max().orElse(0);
    for (Risk risk : risks()) {
      if (risk.getId() == null || risk.getId().isBlank()) {
        risk.setId("r" + next++);
      }
    }
  }

  private static int number(String id) {
    return id != null && id.matches("[sr]\\d{1,6}") ? Integer.parseInt(id.substring(1)) : 0;
  }

  /** Replaces lists and maps a client sent as null with empty ones, so code can walk them. */
  public AssessmentContent normalise() {
    stages = stages == null ? new ArrayList<>() : new ArrayList<>(stages);
    stages.removeIf(java.util.Objects::isNull);
    consultees = consultees == null ? new ArrayList<>() : consultees;
    consultees.removeIf(java.util.Objects::isNull);
    costBenefits = costBenefits == null ? new ArrayList<>() : costBenefits;
    costBenefits.removeIf(java.util.Objects::isNull);
    for (Consultee consultee : consultees) {
      consultee.setRiskIds(
          consultee.getRiskIds() == null ? new ArrayList<>() : consultee.getRiskIds());
    }
    for (Stage stage : stages) {
      stage.setRisks(stage.getRisks() == null ? new ArrayList<>() : stage.getRisks());
      stage.getRisks().removeIf(java.util.Objects::isNull);
      stage.setNoneFound(
          stage.getNoneFound() == null ? new TreeMap<>() : new TreeMap<>(stage.getNoneFound()));
      stage.getNoneFound().values().removeIf(reason -> !Text.present(reason));
      for (Risk risk : stage.getRisks()) {
        risk.setActions(risk.getActions() == null ? new ArrayList<>() : risk.getActions());
        risk.getActions().removeIf(java.util.Objects::isNull);
      }
    }
    if (swot != null && swot.getRiskIds() == null) {
      swot.setRiskIds(new ArrayList<>());
    }
    if (pestle != null && pestle.getRiskIds() == null) {
      pestle.setRiskIds(new ArrayList<>());
    }
    return this;
  }

  /**
   * Leaves out every part with nothing written in it (a stage, risk, action, person consulted or
   * cost / benefit just added and not filled in), so nothing empty is stored or submitted.
   *
   * @return what was left out, in plain words ("risk 2 at stage 1"), for the apprentice
   */
  public List<String> dropBlankParts() {
    List<String> dropped = new ArrayList<>();
    for (int s = 0; s < stages.size(); s++) {
      List<Risk> risks = stages.get(s).getRisks();
      for (int r = 0; r < risks.size(); r++) {
        Risk risk = risks.get(r);
        int before = risk.getActions().size();
        risk.getActions().removeIf(Action::isBlank);
        if (risk.isBlank()) {
          dropped.add("risk " + (r + 1) + " at stage " + (s + 1));
        } else if (risk.getActions().size() < before) {
          dropped.add("a blank action of risk " + (r + 1) + " at stage " + (s + 1));
        }
      }
      risks.removeIf(Risk::isBlank);
    }
    dropBlank(stages, Stage::isBlank, "stage", dropped);
    dropBlank(consultees, Consultee::isBlank, "person consulted", dropped);
    dropBlank(costBenefits, CostBenefit::isBlank, "cost / benefit", dropped);
    return dropped;
  }

  private static <T> void dropBlank(
      List<T> parts, java.util.function.Predicate<T> blank, String name, List<String> dropped) {
    for (int i = 0; i < parts.size(); i++) {
      if (blank.test(parts.get(i))) {
        dropped.add(name + " " + (i + 1));
      }
    }
    parts.removeIf(blank);
  }

  private static boolean anyPresent(String... texts) {
    return java.util.Arrays.stream(texts).anyMatch(Text::present);
  }

  /** Every risk of every stage, in order. */
  public List<Risk> risks() {
    return stages.stream().flatMap(s -> s.getRisks().stream()).toList();
  }

  public Optional<Risk> risk(String id) {
    return risks().stream().filter(r -> r.getId().equals(id)).findFirst();
  }

  /** The sections a claim can point to besides the whole, stages and risks. */
  public static final List<String> SECTIONS =
      List.of(
          EvidenceMapping.WHOLE,
          "consultation",
          "customers-told",
          "staff-awareness",
          "swot",
          "pestle",
          "cost-benefit");

  /**
   * The part a claim points to ("stage:s2", "risk:r5", "consultation"), as a person reads it:
   * "stage 2: Arrival", "risk: Queue at the counter", "consultation"; empty for no such part.
   */
  public Optional<String> partLabel(String part) {
    if (SECTIONS.contains(part)) {
      return Optional.of(
          part.equals(EvidenceMapping.WHOLE) ? "whole assessment" : part.replace('-', ' '));
    }
    if (part.startsWith("stage:")) {
      String id = part.substring(6);
      for (int i = 0; i < stages.size(); i++) {
        Stage stage = stages.get(i);
        if (id.equals(stage.getId())) {
          return Optional.of(
              "stage " + (i + 1) + ": " + (stage.getName() == null ? "unnamed" : stage.getName()));
        }
      }
    }
    if (part.startsWith("risk:")) {
      return risk(part.substring(5)).map(r -> "risk: " + r.name());
    }
    return Optional.empty();
  }

  /** Always the current version: older documents are upgraded before they are bound. */
  public int getSchemaVersion() {
    return SCHEMA_VERSION;
  }

  /** Accepted and ignored, so a client may send back what it read; stored documents are current. */
  public void setSchemaVersion(int schemaVersion) {
    // the document is bound in the current shape whatever a client says
  }

  public Optional<Stage> stage(String id) {
    return stages.stream().filter(s -> s.getId().equals(id)).findFirst();
  }

  /** The stage a risk sits in. */
  public Optional<Stage> stageOf(Risk risk) {
    return stages.stream().filter(s -> s.getRisks().contains(risk)).findFirst();
  }

  public Matrix getMatrix() {
    return matrix;
  }

  public void setMatrix(Matrix matrix) {
    this.matrix = matrix;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getCustomers() {
    return customers;
  }

  public void setCustomers(String customers) {
    this.customers = customers;
  }

  public boolean isInternalCustomers() {
    return internalCustomers;
  }

  public void setInternalCustomers(boolean internalCustomers) {
    this.internalCustomers = internalCustomers;
  }

  public boolean isExternalCustomers() {
    return externalCustomers;
  }

  public void setExternalCustomers(boolean externalCustomers) {
    this.externalCustomers = externalCustomers;
  }

  public List<Stage> getStages() {
    return stages;
  }

  public void setStages(List<Stage> stages) {
    this.stages = stages;
  }

  public List<Consultee> getConsultees() {
    return consultees;
  }

  public void setConsultees(List<Consultee> consultees) {
    this.consultees = consultees;
  }

  public String getCustomersTold() {
    return customersTold;
  }

  public void setCustomersTold(String customersTold) {
    this.customersTold = customersTold;
  }

  /** Which customers were told of the risks that affect them (INSCS027 PC6). */
  public String getCustomersToldWho() {
    return customersToldWho;
  }

  public void setCustomersToldWho(String customersToldWho) {
    this.customersToldWho = customersToldWho;
  }

  /** When the customers were told. */
  public LocalDate getCustomersToldOn() {
    return customersToldOn;
  }

  public void setCustomersToldOn(LocalDate customersToldOn) {
    this.customersToldOn = customersToldOn;
  }

  /** How the apprentice raised staff awareness of the risks (INSCS027 PC7). */
  public String getStaffAwareness() {
    return staffAwareness;
  }

  public void setStaffAwareness(String staffAwareness) {
    this.staffAwareness = staffAwareness;
  }

  /** Which staff were made aware. */
  public String getStaffToldWho() {
    return staffToldWho;
  }

  public void setStaffToldWho(String staffToldWho) {
    this.staffToldWho = staffToldWho;
  }

  /** When the staff were made aware. */
  public LocalDate getStaffToldOn() {
    return staffToldOn;
  }

  public void setStaffToldOn(LocalDate staffToldOn) {
    this.staffToldOn = staffToldOn;
  }

  public Swot getSwot() {
    return swot;
  }

  public void setSwot(Swot swot) {
    this.swot = swot;
  }

  public Pestle getPestle() {
    return pestle;
  }

  public void setPestle(Pestle pestle) {
    this.pestle = pestle;
  }

  public List<CostBenefit> getCostBenefits() {
    return costBenefits;
  }

  public void setCostBenefits(List<CostBenefit> costBenefits) {
    this.costBenefits = costBenefits;
  }

  /** An ordered stage of the customer service process. */
  public static class Stage implements Serializable {
    private String id;
    private String name;
    private String description;
    private boolean momentOfTruth;
    private List<Risk> risks = new ArrayList<>();
    private Map<String, String> noneFound = new TreeMap<>();

    /** The risks of one kind at this stage, blank ones left out. */
    public List<Risk> risksOf(RiskKind kind) {
      return risks.stream().filter(r -> r.getKind() == kind && !r.isBlank()).toList();
    }

    /** Nothing written: no name, description, moment of truth, risk or reason for none. */
    @JsonbTransient
    public boolean isBlank() {
      return !anyPresent(name, description)
          && !momentOfTruth
          && risks.stream().allMatch(Risk::isBlank)
          && noneFound.values().stream().noneMatch(Text::present);
    }

    /** Why no risk of this kind was found here, or null when none is given. */
    public String noneFoundReason(RiskKind kind) {
      String reason = noneFound.get(kind.name());
      return reason == null || reason.isBlank() ? null : reason;
    }

    public String getId() {
      return id;
    }

    public void setId(String id) {
      this.id = id;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }

    public boolean isMomentOfTruth() {
      return momentOfTruth;
    }

    public void setMomentOfTruth(boolean momentOfTruth) {
      this.momentOfTruth = momentOfTruth;
    }

    public List<Risk> getRisks() {
      return risks;
    }

    public void setRisks(List<Risk> risks) {
      this.risks = risks;
    }

    public Map<String, String> getNoneFound() {
      return noneFound;
    }

    public void setNoneFound(Map<String, String> noneFound) {
      this.noneFound = noneFound;
    }
  }

  /** One risk at a stage: rated on the matrix, judged, and acted on or tolerated. */
  public static class Risk implements Serializable {
    private String id;
    private RiskKind kind;
    private String otherKind;
    private String description;
    private Integer probability;
    private Integer consequence;
    private String consequenceFinance;
    private String consequenceReputation;
    private String consequenceHealthAndSafety;
    private String justification;
    private Integer score;
    private Band band;
    private Decision decision;
    private String tolerateReason;
    private String toleranceAgreedBy;
    private List<Action> actions = new ArrayList<>();
    private Integer residualProbability;
    private Integer residualConsequence;
    private Integer residualScore;
    private Band residualBand;
    private String review;

    /** What the apprentice calls this risk in messages: its description, shortened. */
    public String name() {
      if (description == null || description.isBlank()) {
        return "an unnamed " + (kind == null ? "" : kind.label().toLowerCase() + " ") + "risk";
      }
      String text = description.strip();
      return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    /** Nothing written or rated: the kind alone (preset when a risk is added) does not count. */
    @JsonbTransient
    public boolean isBlank() {
      return !anyPresent(
              otherKind,
              description,
              consequenceFinance,
              consequenceReputation,
              consequenceHealthAndSafety,
              justification,
              tolerateReason,
              toleranceAgreedBy,
              review)
          && probability == null
          && consequence == null
          && decision == null
          && residualProbability == null
          && residualConsequence == null
          && actions.stream().allMatch(Action::isBlank);
    }

    public boolean hasConsequenceArea() {
      return Text.present(consequenceFinance)
          || Text.present(consequenceReputation)
          || Text.present(consequenceHealthAndSafety);
    }

    public String getId() {
      return id;
    }

    public void setId(String id) {
      this.id = id;
    }

    public RiskKind getKind() {
      return kind;
    }

    public void setKind(RiskKind kind) {
      this.kind = kind;
    }

    public String getOtherKind() {
      return otherKind;
    }

    public void setOtherKind(String otherKind) {
      this.otherKind = otherKind;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }

    public Integer getProbability() {
      return probability;
    }

    public void setProbability(Integer probability) {
      this.probability = probability;
    }

    public Integer getConsequence() {
      return consequence;
    }

    public void setConsequence(Integer consequence) {
      this.consequence = consequence;
    }

    public String getConsequenceFinance() {
      return consequenceFinance;
    }

    public void setConsequenceFinance(String consequenceFinance) {
      this.consequenceFinance = consequenceFinance;
    }

    public String getConsequenceReputation() {
      return consequenceReputation;
    }

    public void setConsequenceReputation(String consequenceReputation) {
      this.consequenceReputation = consequenceReputation;
    }

    public String getConsequenceHealthAndSafety() {
      return consequenceHealthAndSafety;
    }

    public void setConsequenceHealthAndSafety(String consequenceHealthAndSafety) {
      this.consequenceHealthAndSafety = consequenceHealthAndSafety;
    }

    public String getJustification() {
      return justification;
    }

    public void setJustification(String justification) {
      this.justification = justification;
    }

    public Integer getScore() {
      return score;
    }

    public void setScore(Integer score) {
      this.score = score;
    }

    public Band getBand() {
      return band;
    }

    public void setBand(Band band) {
      this.band = band;
    }

    public Decision getDecision() {
      return decision;
    }

    public void setDecision(Decision decision) {
      this.decision = decision;
    }

    public String getTolerateReason() {
      return tolerateReason;
    }

    public void setTolerateReason(String tolerateReason) {
      this.tolerateReason = tolerateReason;
    }

    /** Who agreed that the risk may be tolerated (needed for a risk in the high band). */
    public String getToleranceAgreedBy() {
      return toleranceAgreedBy;
    }

    public void setToleranceAgreedBy(String toleranceAgreedBy) {
      this.toleranceAgreedBy = toleranceAgreedBy;
    }

    public List<Action> getActions() {
      return actions;
    }

    public void setActions(List<Action> actions) {
      this.actions = actions;
    }

    public Integer getResidualProbability() {
      return residualProbability;
    }

    public void setResidualProbability(Integer residualProbability) {
      this.residualProbability = residualProbability;
    }

    public Integer getResidualConsequence() {
      return residualConsequence;
    }

    public void setResidualConsequence(Integer residualConsequence) {
      this.residualConsequence = residualConsequence;
    }

    public Integer getResidualScore() {
      return residualScore;
    }

    public void setResidualScore(Integer residualScore) {
      this.residualScore = residualScore;
    }

    public Band getResidualBand() {
      return residualBand;
    }

    public void setResidualBand(Band residualBand) {
      this.residualBand = residualBand;
    }

    public String getReview() {
      return review;
    }

    public void setReview(String review) {
      this.review = review;
    }
  }

  /** A control put in place against a risk. */
  public static class Action implements Serializable {
    private String description;
    private String owner;
    private LocalDate due;
    private ActionStatus status;
    private ActionOrigin origin;
    private LocalDate completed;

    /**
     * No description, owner or date: the status and origin alone (preset when added) do not count.
     */
    @JsonbTransient
    public boolean isBlank() {
      return !anyPresent(description, owner) && due == null && completed == null;
    }

    /** Whether the apprentice took or led it, or it was already in place; null when not said. */
    public ActionOrigin getOrigin() {
      return origin;
    }

    public void setOrigin(ActionOrigin origin) {
      this.origin = origin;
    }

    /** When a done action was completed. */
    public LocalDate getCompleted() {
      return completed;
    }

    public void setCompleted(LocalDate completed) {
      this.completed = completed;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }

    public String getOwner() {
      return owner;
    }

    public void setOwner(String owner) {
      this.owner = owner;
    }

    public LocalDate getDue() {
      return due;
    }

    public void setDue(LocalDate due) {
      this.due = due;
    }

    public ActionStatus getStatus() {
      return status;
    }

    public void setStatus(ActionStatus status) {
      this.status = status;
    }
  }

  /** Someone consulted about the risks and the actions. */
  public static class Consultee implements Serializable {
    private String name;
    private ConsulteeGroup group;
    private String contribution;
    private List<String> riskIds = new ArrayList<>();

    @JsonbTransient
    public boolean isBlank() {
      return !anyPresent(name, contribution) && group == null && riskIds.isEmpty();
    }

    /** The risks this person helped to identify actions for (C6 ER7). */
    public List<String> getRiskIds() {
      return riskIds;
    }

    public void setRiskIds(List<String> riskIds) {
      this.riskIds = riskIds;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public ConsulteeGroup getGroup() {
      return group;
    }

    public void setGroup(ConsulteeGroup group) {
      this.group = group;
    }

    public String getContribution() {
      return contribution;
    }

    public void setContribution(String contribution) {
      this.contribution = contribution;
    }
  }

  /** A SWOT analysis and the risks it raised. */
  public static class Swot implements Serializable {
    private String strengths;
    private String weaknesses;
    private String opportunities;
    private String threats;
    private List<String> riskIds = new ArrayList<>();

    public String getStrengths() {
      return strengths;
    }

    public void setStrengths(String strengths) {
      this.strengths = strengths;
    }

    public String getWeaknesses() {
      return weaknesses;
    }

    public void setWeaknesses(String weaknesses) {
      this.weaknesses = weaknesses;
    }

    public String getOpportunities() {
      return opportunities;
    }

    public void setOpportunities(String opportunities) {
      this.opportunities = opportunities;
    }

    public String getThreats() {
      return threats;
    }

    public void setThreats(String threats) {
      this.threats = threats;
    }

    public List<String> getRiskIds() {
      return riskIds;
    }

    public void setRiskIds(List<String> riskIds) {
      this.riskIds = riskIds;
    }
  }

  /** A PESTLE analysis and the risks it raised. */
  public static class Pestle implements Serializable {
    private String political;
    private String economic;
    private String social;
    private String technological;
    private String legal;
    private String environmental;
    private List<String> riskIds = new ArrayList<>();

    public String getPolitical() {
      return political;
    }

    public void setPolitical(String political) {
      this.political = political;
    }

    public String getEconomic() {
      return economic;
    }

    public void setEconomic(String economic) {
      this.economic = economic;
    }

    public String getSocial() {
      return social;
    }

    public void setSocial(String social) {
      this.social = social;
    }

    public String getTechnological() {
      return technological;
    }

    public void setTechnological(String technological) {
      this.technological = technological;
    }

    public String getLegal() {
      return legal;
    }

    public void setLegal(String legal) {
      this.legal = legal;
    }

    public String getEnvironmental() {
      return environmental;
    }

    public void setEnvironmental(String environmental) {
      this.environmental = environmental;
    }

    public List<String> getRiskIds() {
      return riskIds;
    }

    public void setRiskIds(List<String> riskIds) {
      this.riskIds = riskIds;
    }
  }

  /** A cost / benefit analysis of a control, justifying the action on one risk. */
  public static class CostBenefit implements Serializable {
    private String riskId;
    private String measure;
    private BigDecimal oneOffCost;
    private BigDecimal annualCost;
    private BigDecimal annualBenefit;
    private Integer years;
    private String conclusion;

    @JsonbTransient
    public boolean isBlank() {
      return !anyPresent(riskId, measure, conclusion)
          && oneOffCost == null
          && annualCost == null
          && annualBenefit == null
          && years == null;
    }

    public String getRiskId() {
      return riskId;
    }

    public void setRiskId(String riskId) {
      this.riskId = riskId;
    }

    public String getMeasure() {
      return measure;
    }

    public void setMeasure(String measure) {
      this.measure = measure;
    }

    public BigDecimal getOneOffCost() {
      return oneOffCost;
    }

    public void setOneOffCost(BigDecimal oneOffCost) {
      this.oneOffCost = oneOffCost;
    }

    public BigDecimal getAnnualCost() {
      return annualCost;
    }

    public void setAnnualCost(BigDecimal annualCost) {
      this.annualCost = annualCost;
    }

    public BigDecimal getAnnualBenefit() {
      return annualBenefit;
    }

    public void setAnnualBenefit(BigDecimal annualBenefit) {
      this.annualBenefit = annualBenefit;
    }

    public Integer getYears() {
      return years;
    }

    public void setYears(Integer years) {
      this.years = years;
    }

    public String getConclusion() {
      return conclusion;
    }

    public void setConclusion(String conclusion) {
      this.conclusion = conclusion;
    }
  }
}
