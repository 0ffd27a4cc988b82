package io.riskwise.centre.boundary;

import io.riskwise.centre.control.EnrolmentCsv;
import io.riskwise.centre.entity.Cohort;
import io.riskwise.centre.entity.Enrolment;
import io.riskwise.identity.boundary.Accounts;
import io.riskwise.identity.entity.Allocation;
import io.riskwise.identity.entity.Role;
import io.riskwise.identity.entity.User;
import io.riskwise.platform.audit.AdministrativeChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Enrolment from a CSV file: every row is checked against the centre (cohorts, assessors, e-mails
 * already in use) before anything is written, and the import is all or nothing. Each new apprentice
 * signs in with their e-mail address and gets a one-use link to set their password.
 */
@ApplicationScoped
public class Enrolments {

  @Inject Accounts accounts;
  @Inject Event<AdministrativeChange> changes;
  @PersistenceContext EntityManager em;

  /** A new apprentice's link, to pass on when mail is not configured. */
  public record Link(String name, String email, String link) {}

  /** What an import did. */
  public record Imported(int created, Map<String, Integer> byCohort, List<Link> links) {}

  /** Thrown when any row has a problem; nothing was written. */
  public static class Refused extends RuntimeException {
    private final transient EnrolmentCsv.Preview preview;

    public Refused(EnrolmentCsv.Preview preview) {
      super("The file has problems; nothing was imported.");
      this.preview = preview;
    }

    public EnrolmentCsv.Preview preview() {
      return preview;
    }
  }

  /** Every row with its problems; writes nothing. */
  public EnrolmentCsv.Preview preview(User admin, byte[] csv) {
    EnrolmentCsv.Preview read;
    try {
      read = EnrolmentCsv.read(new ByteArrayInputStream(csv), known(admin));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return withTakenUsernames(read);
  }

  @Transactional
  public Imported importCsv(User admin, byte[] csv) {
    EnrolmentCsv.Preview preview = preview(admin, csv);
    if (!preview.valid()) {
      throw new Refused(preview);
    }
    Map<String, Cohort> cohorts = new HashMap<>();
    em.createNamedQuery(Cohort.OF_CENTRE, Cohort.class)
        .setParameter("centre", admin.getCentre())
        .getResultList()
        .forEach(c -> cohorts.put(c.getName().toLowerCase(Locale.ROOT), c));
    Map<String, User> assessors = new HashMap<>();
    assessorsOf(admin).forEach(a -> assessors.put(a.getUsername(), a));
    String hash = accounts.unusablePasswordHash();
    Map<String, Integer> byCohort = new TreeMap<>();
    List<Link> links = new ArrayList<>();
    for (EnrolmentCsv.Row row : preview.rows()) {
      User apprentice =
          accounts.add(
              admin.getCentre(),
              row.email(),
              row.firstName() + " " + row.lastName(),
              row.email(),
              Set.of(Role.APPRENTICE),
              hash);
      apprentice.setNames(row.firstName(), row.lastName());
      em.flush();
      Cohort cohort = cohorts.get(row.cohort().toLowerCase(Locale.ROOT));
      em.persist(
          new Enrolment(apprentice.getId(), cohort.getId(), row.employer(), row.startDate()));
      em.persist(new Allocation(assessors.get(row.assessor()), apprentice));
      links.add(
          new Link(
              apprentice.getDisplayName(),
              apprentice.getEmail(),
              accounts.issueLink(apprentice, true)));
      byCohort.merge(cohort.getName(), 1, Integer::sum);
    }
    List<String> people = preview.rows().stream().map(EnrolmentCsv.Row::email).toList();
    changes.fire(
        new AdministrativeChange(
            admin.getCentre().getId(),
            admin.getId(),
            "ENROLMENT_IMPORTED",
            "centre:" + admin.getCentre().getId(),
            Map.of(
                "count",
                people.size(),
                "byCohort",
                byCohort.toString(),
                "usernames",
                people.size() <= 300
                    ? people.toString()
                    : people.subList(0, 300) + " and " + (people.size() - 300) + " more")));
    return new Imported(preview.rows().size(), byCohort, links);
  }

  /** The centre's enrolled apprentices in the same columns as the import, optionally one cohort. */
  public byte[] export(User admin, Long cohortId) {
    List<Object[]> rows =
        em.createQuery(
                "select u, e, c.name from User u, Enrolment e, Cohort c"
                    + " where e.apprenticeId = u.id and c.id = e.cohortId and c.centre = :centre"
                    + " and u.active = true and (:cohortId is null or c.id = :cohortId)"
                    + " order by c.name, u.displayName, u.id",
                Object[].class)
            .setParameter("centre", admin.getCentre())
            .setParameter("cohortId", cohortId)
            .getResultList();
    Map<Long, String> assessorOf = new HashMap<>();
    em.createQuery(
            "select a.apprentice.id, a.assessor.username from Allocation a"
                + " where a.assessor.centre = :centre order by a.id",
            Object[].class)
        .setParameter("centre", admin.getCentre())
        .getResultList()
        .forEach(r -> assessorOf.putIfAbsent((Long) r[0], (String) r[1]));
    List<EnrolmentCsv.Row> out = new ArrayList<>();
    for (Object[] r : rows) {
      User u = (User) r[0];
      Enrolment e = (Enrolment) r[1];
      String given = u.getGivenName();
      String family = u.getFamilyName();
      if (given == null || family == null) {
        int space = u.getDisplayName().lastIndexOf(' ');
        given = space < 0 ? u.getDisplayName() : u.getDisplayName().substring(0, space);
        family = space < 0 ? "" : u.getDisplayName().substring(space + 1);
      }
      out.add(
          EnrolmentCsv.Row.of(
              given,
              family,
              u.getEmail(),
              e.getEmployer(),
              (String) r[2],
              assessorOf.getOrDefault(u.getId(), ""),
              e.getStartsOn()));
    }
    return EnrolmentCsv.write(out);
  }

  private EnrolmentCsv.Known known(User admin) {
    Set<String> cohortNames = new HashSet<>();
    em.createNamedQuery(Cohort.OF_CENTRE, Cohort.class)
        .setParameter("centre", admin.getCentre())
        .getResultList()
        .forEach(c -> cohortNames.add(c.getName()));
    Set<String> assessorNames = new HashSet<>();
    assessorsOf(admin).forEach(a -> assessorNames.add(a.getUsername()));
    Set<String> emails =
        new HashSet<>(
            em.createQuery(
                    "select lower(u.email) from User u where u.centre = :centre"
                        + " and u.email is not null",
                    String.class)
                .setParameter("centre", admin.getCentre())
                .getResultList());
    return new EnrolmentCsv.Known(cohortNames, assessorNames, emails);
  }

  private List<User> assessorsOf(User admin) {
    return em.createQuery(
            "select u from User u join u.roles r where u.centre = :centre and u.active = true"
                + " and r = :role",
            User.class)
        .setParameter("centre", admin.getCentre())
        .setParameter("role", Role.ASSESSOR)
        .getResultList();
  }

  /**
   * New apprentices sign in with their e-mail address, so an address that is already someone's
   * username (at any centre) cannot be used again. The message does not say whose it is or where.
   */
  private EnrolmentCsv.Preview withTakenUsernames(EnrolmentCsv.Preview preview) {
    List<String> emails =
        preview.rows().stream()
            .map(EnrolmentCsv.Row::email)
            .filter(e -> e != null && !e.isEmpty())
            .toList();
    if (emails.isEmpty()) {
      return preview;
    }
    Set<String> taken = new HashSet<>();
    for (int from = 0; from < emails.size(); from += 1000) {
      taken.addAll(
          em.createQuery("select u.username from User u where u.username in :names", String.class)
              .setParameter("names", emails.subList(from, Math.min(emails.size(), from + 1000)))
              .getResultList());
    }
    if (taken.isEmpty()) {
      return preview;
    }
    List<EnrolmentCsv.Row> rows = new ArrayList<>();
    for (EnrolmentCsv.Row row : preview.rows()) {
      boolean alreadyFlagged =
          row.problems().stream().anyMatch(p -> p.contains("already used at this centre"));
      rows.add(
          taken.contains(row.email()) && !alreadyFlagged
              ? row.withProblem(
                  "Email "
                      + row.email()
                      + " cannot be used to sign in. Give this apprentice another address.")
              : row);
    }
    return new EnrolmentCsv.Preview(rows, preview.fileProblems());
  }
}
