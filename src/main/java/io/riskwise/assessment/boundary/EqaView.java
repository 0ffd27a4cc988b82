package io.riskwise.assessment.boundary;

import io.riskwise.centre.boundary.Cohorts;
import io.riskwise.centre.entity.Cohort;
import io.riskwise.identity.boundary.CurrentUser;
import io.riskwise.identity.entity.EqaGrant;
import io.riskwise.identity.entity.Role;
import io.riskwise.identity.entity.User;
import io.riskwise.platform.rest.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * External verifier access on pages: an EQA's list of the apprentices they may read, and the
 * administrator's page to grant and end access.
 */
@Named("eqa")
@RequestScoped
public class EqaView {
  @Inject CurrentUser currentUser;
  @Inject EqaGrants grants;
  @Inject Cohorts cohorts;
  @Inject IqaRecords records;
  @PersistenceContext EntityManager em;

  private final EqaGrants.Request request = new EqaGrants.Request();
  private List<Long> chosen = new ArrayList<>();
  private List<Long> chosenCohorts = new ArrayList<>();

  /** A grant with the names a person reads: an apprentice's name, or a cohort's. */
  public record Row(
      EqaGrant grant, String eqa, String subject, boolean active, List<User> apprentices) {}

  private List<Row> rows;
  private Map<Long, List<QualityAssurance.SampleItem>> sampled;

  public List<Row> getRows() {
    if (rows == null) {
      rows = rows();
    }
    return rows;
  }

  /** The people the verifier's current grants cover, each once. */
  public List<User> getCurrentApprentices() {
    Map<Long, User> people = new LinkedHashMap<>();
    getRows().stream()
        .filter(Row::active)
        .flatMap(r -> r.apprentices().stream())
        .forEach(u -> people.putIfAbsent(u.getId(), u));
    return List.copyOf(people.values());
  }

  /** The sampled decisions about an apprentice, with the IQA's verdicts, for the verifier. */
  public List<QualityAssurance.SampleItem> records(long apprenticeId) {
    if (sampled == null) {
      sampled = records.sampledFor(currentUser.get());
    }
    return sampled.getOrDefault(apprenticeId, List.of());
  }

  private List<Row> rows() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    return grants.of(currentUser.get()).stream()
        .map(
            g ->
                new Row(
                    g,
                    em.find(User.class, g.getEqaId()).getDisplayName(),
                    g.getCohortId() != null
                        ? "Cohort " + em.find(Cohort.class, g.getCohortId()).getName()
                        : em.find(User.class, g.getApprenticeId()).getDisplayName(),
                    g.isActiveOn(today),
                    g.getCohortId() == null
                        ? List.of(em.find(User.class, g.getApprenticeId()))
                        : cohorts.members(g.getCohortId())))
        .toList();
  }

  public List<User> getVerifiers() {
    return centre().stream().filter(u -> u.hasRole(Role.EQA)).toList();
  }

  public List<Cohort> getCohorts() {
    return cohorts.all(currentUser.get());
  }

  public List<User> getApprentices() {
    return centre().stream().filter(u -> u.hasRole(Role.APPRENTICE)).toList();
  }

  private List<User> centre() {
    return em.createNamedQuery(User.FIND_BY_CENTRE, User.class)
        .setParameter("centre", currentUser.get().getCentre())
        .getResultList();
  }

  public void grant() {
    request.setApprenticeIds(chosen);
    request.setCohortIds(chosenCohorts);
    try {
      int made = grants.grant(currentUser.get(), request).size();
      rows = null;
      FacesContext.getCurrentInstance()
          .addMessage(null, new FacesMessage(made + " grant(s) made."));
    } catch (InvalidInputException e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      e.errors()
          .forEach(
              error ->
                  faces.addMessage(
                      null, new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), null)));
      faces.validationFailed();
    }
  }

  public void end(long id) {
    grants.end(currentUser.get(), id);
    rows = null;
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage("Access ended."));
  }

  public EqaGrants.Request getRequest() {
    return request;
  }

  public List<Long> getChosen() {
    return chosen;
  }

  public void setChosen(List<Long> chosen) {
    this.chosen = chosen;
  }

  public List<Long> getChosenCohorts() {
    return chosenCohorts;
  }

  public void setChosenCohorts(List<Long> chosenCohorts) {
    this.chosenCohorts = chosenCohorts;
  }
}
