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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /** A link of the navigation bar; {@code current} when it is the page being shown. */
  public record NavLink(String label, String page, boolean current) {}

  /**
   * Each role's main pages, in the order of the person's roles, each page once: a person who
   * assesses and quality-assures sees both sets.
   */
  public List<NavLink> getNavigation() {
    Optional<User> user = currentUser.find();
    if (user.isEmpty()) {
      return List.of();
    }
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("/app/home.xhtml", "Home");
    for (Role role : user.get().getRoles().stream().sorted().toList()) {
      NAVIGATION.getOrDefault(role, Map.of()).forEach(pages::putIfAbsent);
    }
    pages.put("/app/learning/index.xhtml", "Learning");
    pages.put("/app/catalogue/index.xhtml", "Standards");
    String shown = faces.getViewRoot() == null ? "" : faces.getViewRoot().getViewId();
    List<NavLink> links = new ArrayList<>();
    pages.forEach((page, label) -> links.add(new NavLink(label, page, page.equals(shown))));
    return links;
  }

  private static final Map<Role, Map<String, String>> NAVIGATION =
      Map.of(
          Role.APPRENTICE,
          ordered("/app/portfolio/index.xhtml", "Your portfolio"),
          Role.ASSESSOR,
          ordered(
              "/app/assessment/queue.xhtml", "Submissions to assess",
              "/app/people.xhtml", "Apprentices",
              "/app/centre/dashboard.xhtml", "Progress"),
          Role.IQA,
          ordered(
              "/app/iqa.xhtml", "Quality assurance",
              "/app/people.xhtml", "People",
              "/app/centre/dashboard.xhtml", "Progress"),
          Role.CENTRE_ADMIN,
          ordered(
              "/app/centre/dashboard.xhtml", "Progress",
              "/app/centre/cohorts.xhtml", "Cohorts",
              "/app/centre/enrol.xhtml", "Enrol",
              "/app/centre/allocation.xhtml", "Allocation",
              "/app/centre/users.xhtml", "People and passwords",
              "/app/centre/rules.xhtml", "Rules",
              "/app/centre/matrix.xhtml", "Rating matrix",
              "/app/centre/eqa.xhtml", "Verifier access"),
          Role.EQA,
          ordered("/app/eqa.xhtml", "Shared with you"));

  private static Map<String, String> ordered(String... pageThenLabel) {
    Map<String, String> pages = new LinkedHashMap<>();
    for (int i = 0; i < pageThenLabel.length; i += 2) {
      pages.put(pageThenLabel[i], pageThenLabel[i + 1]);
    }
    return pages;
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
