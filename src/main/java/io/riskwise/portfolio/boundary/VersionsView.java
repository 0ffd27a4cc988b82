package io.riskwise.portfolio.boundary;

import io.riskwise.identity.boundary.CurrentUser;
import io.riskwise.portfolio.entity.RiskAssessment;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The history of a risk assessment's submissions and what changed between them; the digest of each
 * for assessors and verifiers, not for the apprentice, to whom it means nothing.
 */
@Named("versions")
@RequestScoped
public class VersionsView {
  @Inject CurrentUser currentUser;
  @Inject Portfolios portfolios;

  private long id;
  private String title;
  private boolean owner;
  private List<Portfolios.VersionJson> versions;

  public void load() {
    RiskAssessment assessment = portfolios.find(currentUser.get(), id);
    title = assessment.getTitle();
    owner = assessment.getApprenticeId().equals(currentUser.get().getId());
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

  public boolean isOwner() {
    return owner;
  }

  public List<Portfolios.VersionJson> getVersions() {
    return versions;
  }
}
