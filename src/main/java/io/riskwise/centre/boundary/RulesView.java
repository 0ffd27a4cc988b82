package io.riskwise.centre.boundary;

import io.riskwise.identity.boundary.CurrentUser;
import io.riskwise.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The centre's own thresholds on a page (see {@link Rules}). */
@Named("rulesView")
@ViewScoped
public class RulesView implements Serializable {

  @Inject CurrentUser currentUser;
  @Inject Rules rules;

  private Integer queueFlagDays;
  private Integer amberIdleDays;
  private Integer redIdleDays;
  private Integer amberBehindPoints;
  private Integer redBehindPoints;

  public void load() {
    if (queueFlagDays == null) {
      Rules.Values values = rules.of(currentUser.get().getCentre());
      queueFlagDays = values.queueFlagDays();
      amberIdleDays = values.amberIdleDays();
      redIdleDays = values.redIdleDays();
      amberBehindPoints = values.amberBehindPoints();
      redBehindPoints = values.redBehindPoints();
    }
  }

  public void save() {
    Rules.Values values =
        new Rules.Values(
            orZero(queueFlagDays),
            orZero(amberIdleDays),
            orZero(redIdleDays),
            orZero(amberBehindPoints),
            orZero(redBehindPoints));
    if (Messages.attempt(() -> rules.set(currentUser.get(), values))) {
      Messages.info("Saved. Dashboards and the assessor queue use these from now on.");
    }
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }

  public Integer getQueueFlagDays() {
    return queueFlagDays;
  }

  public void setQueueFlagDays(Integer queueFlagDays) {
    this.queueFlagDays = queueFlagDays;
  }

  public Integer getAmberIdleDays() {
    return amberIdleDays;
  }

  public void setAmberIdleDays(Integer amberIdleDays) {
    this.amberIdleDays = amberIdleDays;
  }

  public Integer getRedIdleDays() {
    return redIdleDays;
  }

  public void setRedIdleDays(Integer redIdleDays) {
    this.redIdleDays = redIdleDays;
  }

  public Integer getAmberBehindPoints() {
    return amberBehindPoints;
  }

  public void setAmberBehindPoints(Integer amberBehindPoints) {
    this.amberBehindPoints = amberBehindPoints;
  }

  public Integer getRedBehindPoints() {
    return redBehindPoints;
  }

  public void setRedBehindPoints(Integer redBehindPoints) {
    this.redBehindPoints = redBehindPoints;
  }
}
