package io.riskwise.identity.boundary;

import io.riskwise.identity.entity.User;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/** The signed-in person of this request, loaded once with their centre. */
@RequestScoped
public class CurrentUser {

  @Inject SecurityContext security;
  @PersistenceContext EntityManager em;

  private User user;

  public Optional<User> find() {
    if (user == null) {
      Principal principal = security.getCallerPrincipal();
      if (principal == null) {
        return Optional.empty();
      }
      user =
          em.createNamedQuery(User.FIND_BY_USERNAME, User.class)
              .setParameter("username", principal.getName())
              .getResultStream()
              .filter(User::isActive)
              .findFirst()
              .orElse(null);
    }
    return Optional.ofNullable(user);
  }

  /** The signed-in person; callers sit behind a role check, so there always is one. */
  public User get() {
    return find().orElseThrow(() -> new IllegalStateException("No one is signed in"));
  }
}
