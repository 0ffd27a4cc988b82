package io.riskwise.assessment.boundary;

import io.riskwise.centre.boundary.Cohorts;
import io.riskwise.centre.boundary.Rules;
import io.riskwise.centre.entity.Cohort;
import io.riskwise.identity.boundary.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The assessor's queue page, filtered by cohort and unit through plain GET parameters, so a
 * filtered queue can be bookmarked.
 */
@Named("queue")
@RequestScoped
public class QueueView {
  static final List<String> UNITS = List.of("INSCS027", "C6");

  @Inject CurrentUser currentUser;
  @Inject AssessorQueue queue;
  @Inject Cohorts cohorts;
  @Inject Rules rules;

  private Long cohort;
  private String unit;
  private List<AssessorQueue.QueueItem> items;
  private List<Cohort> cohortChoices;
  private Integer flagAfter;

  public List<AssessorQueue.QueueItem> getItems() {
    if (items == null) {
      items = queue.queue(currentUser.get(), cohort, unit);
    }
    return items;
  }

  public int getFlagAfter() {
    if (flagAfter == null) {
      flagAfter = rules.of(currentUser.get().getCentre()).queueFlagDays();
    }
    return flagAfter;
  }

  public List<Cohort> getCohorts() {
    if (cohortChoices == null) {
      cohortChoices = cohorts.all(currentUser.get());
    }
    return cohortChoices;
  }

  public String units(AssessorQueue.QueueItem item) {
    return item.units().isEmpty() ? "None claimed yet" : String.join(", ", item.units());
  }

  public List<String> getUnits() {
    return UNITS;
  }

  public Long getCohort() {
    return cohort;
  }

  public void setCohort(Long cohort) {
    this.cohort = cohort;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }
}
