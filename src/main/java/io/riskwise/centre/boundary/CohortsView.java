package io.riskwise.centre.boundary;

import io.riskwise.catalogue.boundary.Catalogues;
import io.riskwise.catalogue.entity.Framework;
import io.riskwise.centre.entity.Cohort;
import io.riskwise.identity.boundary.CurrentUser;
import io.riskwise.identity.boundary.People;
import io.riskwise.identity.entity.Role;
import io.riskwise.identity.entity.User;
import io.riskwise.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The administrator's cohorts page: every cohort with its size, a form to add one, and the same
 * form to change one ({@code ?edit=id}).
 */
@Named("cohortsView")
@ViewScoped
public class CohortsView implements Serializable {

  @Inject CurrentUser currentUser;
  @Inject Cohorts cohorts;
  @Inject Catalogues catalogues;
  @Inject People people;

  private Long edit;
  private String name;
  private String frameworkId = "customer-service";
  private LocalDate startsOn;
  private LocalDate plannedEndOn;
  private List<Long> assessorIds = new ArrayList<>();
  private transient List<Cohorts.Listed> listed;
  private transient List<User> assessors;

  public void load() {
    if (edit != null && name == null) {
      Cohort cohort = cohorts.find(currentUser.get(), edit);
      name = cohort.getName();
      frameworkId = cohort.getFrameworkId();
      startsOn = cohort.getStartsOn();
      plannedEndOn = cohort.getPlannedEndOn();
      assessorIds = new ArrayList<>(cohort.getAssessors().stream().map(User::getId).toList());
    }
  }

  public List<Cohorts.Listed> getCohorts() {
    if (listed == null) {
      listed = cohorts.list(currentUser.get(), 0, 100).items();
    }
    return listed;
  }

  public String save() {
    Cohorts.Form form = new Cohorts.Form(name, frameworkId, startsOn, plannedEndOn, assessorIds);
    boolean done =
        Messages.attempt(
            () -> {
              if (edit == null) {
                cohorts.create(currentUser.get(), form);
              } else {
                cohorts.update(currentUser.get(), edit, form);
              }
            });
    if (!done) {
      return null;
    }
    Messages.info((edit == null ? "Added " : "Saved ") + name + ".");
    jakarta.faces.context.FacesContext.getCurrentInstance()
        .getExternalContext()
        .getFlash()
        .setKeepMessages(true);
    return "/app/centre/cohorts?faces-redirect=true";
  }

  public List<Framework> getFrameworks() {
    return catalogues.current().frameworks();
  }

  public List<User> getAssessors() {
    if (assessors == null) {
      assessors = people.withRole(currentUser.get(), Role.ASSESSOR);
    }
    return assessors;
  }

  public String assessorNames(Cohort cohort) {
    return String.join(", ", cohort.getAssessors().stream().map(User::getDisplayName).toList());
  }

  public Long getEdit() {
    return edit;
  }

  public void setEdit(Long edit) {
    this.edit = edit;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getFrameworkId() {
    return frameworkId;
  }

  public void setFrameworkId(String frameworkId) {
    this.frameworkId = frameworkId;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public LocalDate getPlannedEndOn() {
    return plannedEndOn;
  }

  public void setPlannedEndOn(LocalDate plannedEndOn) {
    this.plannedEndOn = plannedEndOn;
  }

  public List<Long> getAssessorIds() {
    return assessorIds;
  }

  public void setAssessorIds(List<Long> assessorIds) {
    this.assessorIds = assessorIds;
  }
}
