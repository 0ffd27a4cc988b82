package io.riskwise.assessment.boundary;

import io.riskwise.assessment.control.WorkingDays;
import io.riskwise.catalogue.boundary.Catalogues;
import io.riskwise.catalogue.entity.Catalogue;
import io.riskwise.centre.boundary.Rules;
import io.riskwise.identity.entity.User;
import io.riskwise.portfolio.entity.AssessmentVersion;
import io.riskwise.portfolio.entity.RiskAssessment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The assessor's queue: the submissions of their allocated apprentices waiting for a decision,
 * oldest first, flagged overdue after the centre's number of working days.
 */
@ApplicationScoped
public class AssessorQueue {

  @Inject Catalogues catalogues;
  @Inject Rules rules;
  @PersistenceContext EntityManager em;

  /** A submission waiting for its assessor. */
  public record QueueItem(
      long versionId,
      long assessmentId,
      int number,
      String title,
      long apprenticeId,
      String apprentice,
      Long cohortId,
      String cohort,
      List<String> units,
      String submittedAt,
      int workingDaysWaiting,
      boolean overdue) {}

  /**
   * Oldest first: the latest version of each assessment of the assessor's apprentices, undecided;
   * optionally only an apprentice cohort's, or only those claiming criteria of a unit. Flagged
   * overdue after the centre's number of working days.
   */
  public List<QueueItem> queue(User assessor, Long cohortId, String unit) {
    List<Object[]> rows =
        em.createQuery(
                "select v, a from AssessmentVersion v, RiskAssessment a"
                    + " where v.assessmentId = a.id and a.apprenticeId in"
                    + " (select al.apprentice.id from Allocation al where al.assessor.id = :assessorId)"
                    + " and v.number = (select max(v2.number) from AssessmentVersion v2"
                    + " where v2.assessmentId = v.assessmentId)"
                    + " and not exists (select r from Review r where r.versionId = v.id)"
                    + " order by v.submittedAt, v.id",
                Object[].class)
            .setParameter("assessorId", assessor.getId())
            .getResultList();
    Map<Long, Object[]> apprentices = new HashMap<>();
    em.createQuery(
            "select u.id, u.displayName, c.id, c.name from User u"
                + " left join Enrolment e on e.apprenticeId = u.id"
                + " left join Cohort c on c.id = e.cohortId where u.active = true and exists"
                + " (select al from Allocation al where al.apprentice = u"
                + " and al.assessor.id = :assessorId)",
            Object[].class)
        .setParameter("assessorId", assessor.getId())
        .getResultList()
        .forEach(r -> apprentices.put((Long) r[0], r));
    Map<Long, Set<String>> units =
        unitsClaimed(rows.stream().map(r -> ((RiskAssessment) r[1]).getId()).toList());
    int flagAfter = rules.of(assessor.getCentre()).queueFlagDays();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    return rows.stream()
        .filter(row -> apprentices.containsKey(((RiskAssessment) row[1]).getApprenticeId()))
        .map(
            row -> {
              AssessmentVersion v = (AssessmentVersion) row[0];
              RiskAssessment a = (RiskAssessment) row[1];
              Object[] apprentice = apprentices.get(a.getApprenticeId());
              int waiting =
                  WorkingDays.between(
                      v.getSubmittedAt().atZone(ZoneOffset.UTC).toLocalDate(), today);
              return new QueueItem(
                  v.getId(),
                  a.getId(),
                  v.getNumber(),
                  a.getTitle(),
                  a.getApprenticeId(),
                  (String) apprentice[1],
                  (Long) apprentice[2],
                  (String) apprentice[3],
                  List.copyOf(new TreeSet<>(units.getOrDefault(a.getId(), Set.of()))),
                  v.getSubmittedAt().toString(),
                  waiting,
                  waiting > flagAfter);
            })
        .filter(item -> cohortId == null || cohortId.equals(item.cohortId()))
        .filter(item -> unit == null || unit.isBlank() || item.units().contains(unit))
        .toList();
  }

  /** The units whose criteria each assessment claims, directly or through a cross-mapped twin. */
  private Map<Long, Set<String>> unitsClaimed(List<Long> assessmentIds) {
    Map<Long, Set<String>> units = new HashMap<>();
    if (assessmentIds.isEmpty()) {
      return units;
    }
    Catalogue catalogue = catalogues.current();
    em.createQuery(
            "select m.assessmentId, m.criterionId from EvidenceMapping m"
                + " where m.assessmentId in :ids",
            Object[].class)
        .setParameter("ids", assessmentIds)
        .getResultList()
        .forEach(
            r -> {
              Set<String> claimed = units.computeIfAbsent((Long) r[0], k -> new HashSet<>());
              String criterion = (String) r[1];
              claimed.add(unitOf(criterion));
              catalogue.twins(criterion).forEach(t -> claimed.add(unitOf(t)));
            });
    return units;
  }

  private static String unitOf(String criterionId) {
    return criterionId.substring(0, criterionId.indexOf('.'));
  }
}
