package io.riskwise.identity.boundary;

import io.riskwise.identity.entity.Role;
import io.riskwise.identity.entity.User;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The home page: for each of the person's roles, what they can do here today. */
@Named
@RequestScoped
public class HomeView {

  @Inject CurrentUser currentUser;
  @Inject People people;

  private List<User> assessors;
  private Long peopleCount;

  public List<String> getAssessorNames() {
    if (assessors == null) {
      User me = currentUser.get();
      assessors = me.hasRole(Role.APPRENTICE) ? people.assessorsOf(me) : List.of();
    }
    return assessors.stream().map(User::getDisplayName).toList();
  }

  public long getPeopleCount() {
    if (peopleCount == null) {
      peopleCount = people.visibleTo(currentUser.get(), 0, 1).total();
    }
    return peopleCount;
  }
}
