package io.riskwise.identity.boundary;

import io.riskwise.identity.entity.Role;
import io.riskwise.identity.entity.User;
import java.util.List;

/** A person as the API shows them: never the password hash. */
public record UserJson(
    long id, String username, String name, List<String> roles, CentreJson centre) {

  /** The centre a person belongs to. */
  public record CentreJson(long id, String code, String name) {}

  public static UserJson of(User user) {
    return new UserJson(
        user.getId(),
        user.getUsername(),
        user.getDisplayName(),
        user.getRoles().stream().sorted().map(Role::name).toList(),
        new CentreJson(
            user.getCentre().getId(), user.getCentre().getCode(), user.getCentre().getName()));
  }
}
