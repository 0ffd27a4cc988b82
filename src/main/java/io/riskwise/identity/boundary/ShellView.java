package io.riskwise.identity.boundary;

import io.riskwise.identity.entity.Role;
import io.riskwise.identity.entity.User;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** What every signed-in page shows in its header: who you are, where, and the way out. */
@Named("shell")
@RequestScoped
public class ShellView {

  @Inject CurrentUser currentUser;
  @Inject SignIns signIns;
  @Inject FacesContext faces;

  public Optional<User> getUser() {
    return currentUser.find();
  }

  public boolean isSignedIn() {
    return currentUser.find().isPresent();
  }

  public String getName() {
    return currentUser.find().map(User::getDisplayName).orElse("");
  }

  public String getCentre() {
    return currentUser.find().map(u -> u.getCentre().getName()).orElse("");
  }

  public List<String> getRoleTitles() {
    return currentUser
        .find()
        .map(u -> u.getRoles().stream().sorted().map(Role::title).toList())
        .orElse(List.of());
  }

  public boolean has(String role) {
    return currentUser.find().map(u -> u.hasRole(Role.valueOf(role))).orElse(false);
  }

  public void signOut() throws IOException, ServletException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    currentUser.find().ifPresent(user -> signIns.signedOut(user, "page"));
    request.logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/sign-in.xhtml?signed-out=true");
  }
}
