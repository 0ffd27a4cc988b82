package io.riskwise.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.riskwise.platform.rest.RestApplication;
import jakarta.annotation.security.DeclareRoles;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The platform declares the role names without knowing identity; they must be the roles. */
class RolesTest {
  @Test
  void theApiDeclaresEveryRoleByItsName() {
    Set<String> declared = Set.of(RestApplication.class.getAnnotation(DeclareRoles.class).value());
    Set<String> roles = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());
    assertEquals(roles, declared);
  }

  @Test
  void theNameConstantsAreTheRoleNames() {
    assertEquals(
        Set.of(
            Role.APPRENTICE_NAME,
            Role.ASSESSOR_NAME,
            Role.IQA_NAME,
            Role.CENTRE_ADMIN_NAME,
            Role.EQA_NAME),
        Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet()));
  }
}
