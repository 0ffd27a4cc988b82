package io.riskwise.centre.entity;

import io.riskwise.identity.entity.Centre;
import io.riskwise.identity.entity.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * Apprentices of one centre who started together on one framework, the assessors who work with
 * them, and the date the cohort is planned to finish: the yardstick for each apprentice's pace.
 */
@Entity
@Table(name = "cohort")
@NamedQuery(
    name = Cohort.OF_CENTRE,
    query = "select c from Cohort c where c.centre = :centre order by c.startsOn desc, c.name")
@NamedQuery(
    name = Cohort.BY_NAME,
    query = "select c from Cohort c where c.centre = :centre and lower(c.name) = lower(:name)")
public class Cohort {
  public static final String OF_CENTRE = "Cohort.ofCentre";
  public static final String BY_NAME = "Cohort.byName";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "centre_id", nullable = false, updatable = false)
  private Centre centre;

  @Column(nullable = false, length = 120)
  private String name;

  @Column(name = "framework_id", nullable = false, length = 60)
  private String frameworkId;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "planned_end_on", nullable = false)
  private LocalDate plannedEndOn;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @ManyToMany(fetch = FetchType.EAGER)
  @BatchFetch(BatchFetchType.IN)
  @JoinTable(
      name = "cohort_assessor",
      joinColumns = @JoinColumn(name = "cohort_id"),
      inverseJoinColumns = @JoinColumn(name = "assessor_id"))
  @OrderBy("displayName")
  private List<User> assessors = new ArrayList<>();

  protected Cohort() {}

  public Cohort(Centre centre) {
    this.centre = centre;
    this.createdAt = Instant.now();
  }

  /** Why a (trimmed) name cannot be a cohort's: empty, or over 120 characters. */
  public static Optional<String> nameProblem(String name) {
    return name == null || name.isEmpty() || name.length() > 120
        ? Optional.of("Give the cohort a name of up to 120 characters.")
        : Optional.empty();
  }

  /** Why these dates cannot be a cohort's: both are needed, and the end comes after the start. */
  public static Optional<String> datesProblem(LocalDate startsOn, LocalDate plannedEndOn) {
    if (startsOn == null || plannedEndOn == null) {
      return Optional.of("Give the start date and the planned end date.");
    }
    return plannedEndOn.isAfter(startsOn)
        ? Optional.empty()
        : Optional.of("The planned end must be after the start.");
  }

  /** Names the cohort and sets its framework and dates, which must pass the checks above. */
  public void describe(
      String name, String frameworkId, LocalDate startsOn, LocalDate plannedEndOn) {
    if (nameProblem(name).isPresent() || datesProblem(startsOn, plannedEndOn).isPresent()) {
      throw new IllegalArgumentException(
          nameProblem(name).orElseGet(() -> datesProblem(startsOn, plannedEndOn).orElseThrow()));
    }
    this.name = name;
    this.frameworkId = frameworkId;
    this.startsOn = startsOn;
    this.plannedEndOn = plannedEndOn;
  }

  public void assignAssessors(List<User> chosen) {
    assessors.clear();
    assessors.addAll(chosen);
  }

  public boolean belongsTo(Centre other) {
    return centre.getId().equals(other.getId());
  }

  public Long getId() {
    return id;
  }

  public Centre getCentre() {
    return centre;
  }

  public String getName() {
    return name;
  }

  public String getFrameworkId() {
    return frameworkId;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getPlannedEndOn() {
    return plannedEndOn;
  }

  public List<User> getAssessors() {
    return List.copyOf(assessors);
  }
}
