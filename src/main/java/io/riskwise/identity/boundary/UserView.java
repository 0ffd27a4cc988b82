package io.riskwise.identity.boundary;

import io.riskwise.identity.entity.Role;
import io.riskwise.identity.entity.User;
import java.util.List;

/** A person as the API shows them: never the password hash. */
public record UserView(
    long id, String username, String name, List<String> roles, CentreView centre) {

  /** The centre a person belongs to. */
  public record CentreView(long id, String code, String name) {}

  public static UserView of(User user) {
    return new UserView(
        user.getId(),
        user.getUsername(),
        user.getDisplayName(),
        user.getRoles().stream().sorted().map(Role::name).toList(),
        new CentreView(
            user.getCentre().getId(), user.getCentre().getCode(), user.getCentre().getName()));
  }
}
