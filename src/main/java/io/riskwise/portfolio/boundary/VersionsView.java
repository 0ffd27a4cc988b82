package io.riskwise.portfolio.boundary;

import io.riskwise.identity.boundary.CurrentUser;
import io.riskwise.platform.rest.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/** The history of a risk assessment's submissions: digests, and what changed between them. */
@Named("versions")
@RequestScoped
public class VersionsView {
  @Inject CurrentUser currentUser;
  @Inject Portfolios portfolios;

  private long id;
  private String title;
  private List<Portfolios.VersionView> versions;

  public void load() throws IOException {
    try {
      title = portfolios.find(currentUser.get(), id).getTitle();
      versions = portfolios.versions(currentUser.get(), id);
    } catch (ProblemException notFound) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "Not found");
      faces.responseComplete();
    }
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public String getTitle() {
    return title;
  }

  public List<Portfolios.VersionView> getVersions() {
    return versions;
  }
}
