package io.riskwise.centre.boundary;

import io.riskwise.centre.entity.CentreRules;
import io.riskwise.identity.entity.Centre;
import io.riskwise.identity.entity.User;
import io.riskwise.platform.audit.AdministrativeChange;
import io.riskwise.platform.rest.InvalidInputException;
import io.riskwise.platform.rest.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A centre's own thresholds (see {@link CentreRules}). Until an administrator sets them, the
 * defaults apply: flag a submission after 10 working days; amber after 21 days without activity or
 * 10 points behind the planned pace, red after 30 days or 20 points.
 */
@ApplicationScoped
public class Rules {

  @Inject Event<AdministrativeChange> changes;

  @Inject
  @ConfigProperty(name = "riskwise.queue.flag-after-working-days", defaultValue = "10")
  int defaultQueueFlagDays;

  @PersistenceContext EntityManager em;

  /** The thresholds as numbers. */
  public record Values(
      int queueFlagDays,
      int amberIdleDays,
      int redIdleDays,
      int amberBehindPoints,
      int redBehindPoints) {}

  public Values of(Centre centre) {
    CentreRules rules = em.find(CentreRules.class, centre.getId());
    return rules == null
        ? new Values(defaultQueueFlagDays, 21, 30, 10, 20)
        : new Values(
            rules.getQueueFlagDays(),
            rules.getAmberIdleDays(),
            rules.getRedIdleDays(),
            rules.getAmberBehindPoints(),
            rules.getRedBehindPoints());
  }

  @Transactional
  public Values set(User admin, Values values) {
    List<Problem.FieldError> problems = new ArrayList<>();
    if (values == null) {
      throw InvalidInputException.of("queueFlagDays", "Give every threshold.");
    }
    if (values.queueFlagDays() < 1 || values.queueFlagDays() > 60) {
      problems.add(
          new Problem.FieldError(
              "queueFlagDays", "Flag a waiting submission after 1 to 60 working days."));
    }
    if (values.amberIdleDays() < 1 || values.amberIdleDays() >= values.redIdleDays()) {
      problems.add(
          new Problem.FieldError(
              "amberIdleDays", "Amber must start after at least 1 day, and before red does."));
    }
    if (values.redIdleDays() > 365) {
      problems.add(new Problem.FieldError("redIdleDays", "Red must start within 365 days."));
    }
    if (values.amberBehindPoints() < 1 || values.amberBehindPoints() >= values.redBehindPoints()) {
      problems.add(
          new Problem.FieldError(
              "amberBehindPoints",
              "Amber must start at 1 point or more behind, and before red does."));
    }
    if (values.redBehindPoints() > 100) {
      problems.add(
          new Problem.FieldError("redBehindPoints", "Red must start at 100 points or fewer."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Values before = of(admin.getCentre());
    CentreRules rules = em.find(CentreRules.class, admin.getCentre().getId());
    if (rules == null) {
      rules = new CentreRules(admin.getCentre().getId());
      em.persist(rules);
    }
    rules.set(
        values.queueFlagDays(),
        values.amberIdleDays(),
        values.redIdleDays(),
        values.amberBehindPoints(),
        values.redBehindPoints());
    changes.fire(
        new AdministrativeChange(
            admin.getCentre().getId(),
            admin.getId(),
            "RULES_CHANGED",
            "centre:" + admin.getCentre().getId(),
            Map.of("before", before.toString(), "after", values.toString())));
    return values;
  }
}
