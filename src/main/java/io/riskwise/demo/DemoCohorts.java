package io.riskwise.demo;

import io.riskwise.centre.entity.Cohort;
import io.riskwise.centre.entity.Enrolment;
import io.riskwise.identity.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Demo cohorts, dated from the day the demo is loaded so that the dashboard shows every status: in
 * the September cohort (started 35 days ago) Amira and Callum are on track and Jordan, who has
 * never signed in, is red; in the June cohort (started 75 days ago) Sofia and Ben are active but
 * behind the planned pace (amber) and Leah has done nothing (red).
 */
@ApplicationScoped
class DemoCohorts {
  @PersistenceContext EntityManager em;

  void load(Map<String, User> users) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    User riversideAdmin = users.get("admin1");
    cohort(
        riversideAdmin,
        "2026 September, customer service",
        today.minusDays(35),
        users.get("assessor1"),
        List.of(users.get("apprentice1"), users.get("apprentice2"), users.get("apprentice3")),
        List.of("Riverside Leisure Centre", "Riverside Leisure Centre", "Brightline Energy"));
    cohort(
        riversideAdmin,
        "2026 June, customer service",
        today.minusDays(75),
        users.get("assessor2"),
        List.of(users.get("apprentice4"), users.get("apprentice5"), users.get("apprentice6")),
        List.of("Kelvin Street Library", "Harbour Hotel", "Harbour Hotel"));
    cohort(
        users.get("northgate-admin"),
        "2026 autumn, customer service",
        today.minusDays(20),
        null,
        List.of(users.get("northgate-apprentice")),
        List.of("Northgate Motors"));
  }

  private void cohort(
      User admin,
      String name,
      LocalDate startsOn,
      User assessor,
      List<User> apprentices,
      List<String> employers) {
    Cohort cohort = new Cohort(admin.getCentre());
    cohort.describe(name, "customer-service", startsOn, startsOn.plusMonths(18));
    cohort.assignAssessors(assessor == null ? List.of() : List.of(assessor));
    em.persist(cohort);
    em.flush();
    for (int i = 0; i < apprentices.size(); i++) {
      em.persist(
          new Enrolment(apprentices.get(i).getId(), cohort.getId(), employers.get(i), startsOn));
    }
  }
}
