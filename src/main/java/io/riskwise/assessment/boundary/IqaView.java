package io.riskwise.assessment.boundary;

import io.riskwise.assessment.control.SamplingPlan;
import io.riskwise.assessment.entity.IqaDecision;
import io.riskwise.identity.boundary.CurrentUser;
import io.riskwise.platform.rest.InvalidInputException;
import io.riskwise.platform.rest.ProblemException;
import io.riskwise.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The IQA's page: the sample to check, agree or refer back, and the report. */
@Named("iqa")
@RequestScoped
public class IqaView {
  @Inject CurrentUser currentUser;
  @Inject QualityAssurance quality;

  private final Map<String, String> reasons = new HashMap<>();
  private List<QualityAssurance.SampleItem> sample;
  private QualityAssurance.Report report;

  public List<QualityAssurance.SampleItem> getSample() {
    if (sample == null) {
      sample = quality.sample(currentUser.get());
    }
    return sample;
  }

  /** The sampling plan as the form edits it. */
  public static class PlanForm {
    private Integer basePercent;
    private Integer newPercent;
    private Integer newBelow;
    private Integer referredPercent;
    private Integer referredAtLeast;
    private final Map<String, Integer> units = new HashMap<>();
    private final Map<String, Integer> methods = new HashMap<>();

    PlanForm(SamplingPlan plan) {
      basePercent = plan.basePercent();
      newPercent = plan.newPercent();
      newBelow = plan.newBelow();
      referredPercent = plan.referredPercent();
      referredAtLeast = plan.referredAtLeast();
      units.putAll(plan.unitPercents());
      methods.putAll(plan.methodPercents());
    }

    SamplingPlan plan() {
      Map<String, Integer> unitShares = new HashMap<>();
      units.forEach(
          (k, v) -> {
            if (v != null && v > 0) unitShares.put(k, v);
          });
      Map<String, Integer> methodShares = new HashMap<>();
      methods.forEach(
          (k, v) -> {
            if (v != null && v > 0) methodShares.put(k, v);
          });
      return new SamplingPlan(
          orZero(basePercent),
          orZero(newPercent),
          orZero(newBelow),
          orZero(referredPercent),
          orZero(referredAtLeast),
          unitShares,
          methodShares);
    }

    private static int orZero(Integer value) {
      return value == null ? 0 : value;
    }

    public Integer getBasePercent() {
      return basePercent;
    }

    public void setBasePercent(Integer v) {
      basePercent = v;
    }

    public Integer getNewPercent() {
      return newPercent;
    }

    public void setNewPercent(Integer v) {
      newPercent = v;
    }

    public Integer getNewBelow() {
      return newBelow;
    }

    public void setNewBelow(Integer v) {
      newBelow = v;
    }

    public Integer getReferredPercent() {
      return referredPercent;
    }

    public void setReferredPercent(Integer v) {
      referredPercent = v;
    }

    public Integer getReferredAtLeast() {
      return referredAtLeast;
    }

    public void setReferredAtLeast(Integer v) {
      referredAtLeast = v;
    }

    public Map<String, Integer> getUnits() {
      return units;
    }

    public Map<String, Integer> getMethods() {
      return methods;
    }
  }

  private PlanForm planForm;

  public PlanForm getPlanForm() {
    if (planForm == null) {
      planForm = new PlanForm(quality.plan(currentUser.get().getCentre()));
    }
    return planForm;
  }

  public void savePlan() {
    if (Messages.attempt(() -> quality.choose(currentUser.get(), getPlanForm().plan()))) {
      Messages.info("Sampling plan saved. The sample below follows it.");
      sample = null;
      report = null;
    }
  }

  public QualityAssurance.Report getReport() {
    if (report == null) {
      report = quality.report(currentUser.get());
    }
    return report;
  }

  public void agree(String kind, long id) {
    decide(kind, id, IqaDecision.Outcome.AGREED);
  }

  public void refer(String kind, long id) {
    decide(kind, id, IqaDecision.Outcome.REFERRED);
  }

  private void decide(String kind, long id, IqaDecision.Outcome outcome) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      quality.decide(currentUser.get(), kindOf(kind), id, outcome, reasons.get(kind + id));
      sample = null;
      report = null;
      faces.addMessage(
          null,
          new FacesMessage(
              outcome == IqaDecision.Outcome.AGREED
                  ? "Agreed."
                  : "Referred back; the assessor has been told."));
    } catch (InvalidInputException e) {
      e.errors()
          .forEach(
              error ->
                  faces.addMessage(
                      null, new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), null)));
      faces.validationFailed();
    } catch (ProblemException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
      faces.validationFailed();
    }
  }

  public Map<String, String> getReasons() {
    return reasons;
  }

  private String find;
  private List<QualityAssurance.SampleItem> unsampled;

  /** Decisions outside the sample that match what the IQA looks for, newest first. */
  public List<QualityAssurance.SampleItem> getUnsampled() {
    if (unsampled == null) {
      unsampled = quality.unsampled(currentUser.get(), find, UNSAMPLED_SHOWN);
    }
    return unsampled;
  }

  static final int UNSAMPLED_SHOWN = 20;

  public int getUnsampledShown() {
    return UNSAMPLED_SHOWN;
  }

  public void add(String kind, long id) {
    if (Messages.attempt(() -> quality.addToSample(currentUser.get(), kindOf(kind), id))) {
      Messages.info("Added to the sample. Check it above.");
      sample = null;
      report = null;
      unsampled = null;
    }
  }

  /** The kind a form sent; null for anything else, which the facade refuses in words. */
  static IqaDecision.Kind kindOf(String kind) {
    for (IqaDecision.Kind k : IqaDecision.Kind.values()) {
      if (k.name().equals(kind)) {
        return k;
      }
    }
    return null;
  }

  public String getFind() {
    return find;
  }

  public void setFind(String find) {
    this.find = find;
  }
}
