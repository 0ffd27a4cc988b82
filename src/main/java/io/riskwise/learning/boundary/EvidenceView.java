package io.riskwise.learning.boundary;

import io.riskwise.identity.boundary.CurrentUser;
import io.riskwise.identity.boundary.People;
import io.riskwise.identity.entity.Role;
import io.riskwise.platform.rest.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

/**
 * An apprentice's knowledge evidence for the people responsible for them: modules, scores and
 * written answers. Anyone else is told the page does not exist.
 */
@Named
@RequestScoped
public class EvidenceView {

  @Inject CurrentUser currentUser;
  @Inject People people;
  @Inject Modules modules;

  private long id;
  private Modules.Learning learning;

  public void load() throws IOException {
    var apprentice =
        people
            .find(currentUser.get(), id)
            .filter(u -> u.hasRole(Role.APPRENTICE))
            .orElseThrow(
                () ->
                    new ProblemException(
                        Response.Status.NOT_FOUND,
                        "There is no apprentice " + id + " you can see."));
    learning = modules.evidenceOf(apprentice);
  }

  public Modules.Learning getLearning() {
    return learning;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }
}
