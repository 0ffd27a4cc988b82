package io.riskwise.portfolio.boundary;

import io.riskwise.identity.boundary.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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

  public void load() {
    title = portfolios.find(currentUser.get(), id).getTitle();
    versions = portfolios.versions(currentUser.get(), id);
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
