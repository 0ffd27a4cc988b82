package io.riskwise.assessment.boundary;

import io.riskwise.centre.boundary.Cohorts;
import io.riskwise.centre.entity.Cohort;
import io.riskwise.identity.boundary.CurrentUser;
import io.riskwise.identity.boundary.People;
import io.riskwise.identity.entity.Role;
import io.riskwise.identity.entity.User;
import io.riskwise.platform.rest.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
  @Inject People people;

  private final EqaGrants.Request request = new EqaGrants.Request();
  private List<Long> chosen = new ArrayList<>();
  private List<Long> chosenCohorts = new ArrayList<>();

  private List<EqaGrants.Listed> rows;
  private List<User> verifiers;
  private List<User> apprentices;
  private List<Cohort> cohortChoices;
  private Map<Long, List<QualityAssurance.SampleItem>> sampled;

  public List<EqaGrants.Listed> getRows() {
    if (rows == null) {
      rows = grants.listed(currentUser.get());
    }
    return rows;
  }

  /** The people the verifier's current grants cover, each once. */
  public List<User> getCurrentApprentices() {
    Map<Long, User> people = new LinkedHashMap<>();
    getRows().stream()
        .filter(EqaGrants.Listed::active)
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

  public List<User> getVerifiers() {
    if (verifiers == null) {
      verifiers = people.withRole(currentUser.get(), Role.EQA);
    }
    return verifiers;
  }

  public List<Cohort> getCohorts() {
    if (cohortChoices == null) {
      cohortChoices = cohorts.all(currentUser.get());
    }
    return cohortChoices;
  }

  public List<User> getApprentices() {
    if (apprentices == null) {
      apprentices = people.withRole(currentUser.get(), Role.APPRENTICE);
    }
    return apprentices;
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
