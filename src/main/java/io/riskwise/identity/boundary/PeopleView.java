package io.riskwise.identity.boundary;

import io.riskwise.identity.entity.Role;
import io.riskwise.identity.entity.User;
import io.riskwise.platform.paging.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The people list: the whole centre for administrators and quality assurers, allocated apprentices
 * for assessors. Pages are plain links (?page=N), so they can be bookmarked.
 */
@Named
@RequestScoped
public class PeopleView {
  static final int PAGE_SIZE = 25;

  @Inject CurrentUser currentUser;
  @Inject People people;

  private int page;
  private Page<User> result;

  public void load() {
    result = people.visibleTo(currentUser.get(), page, PAGE_SIZE);
  }

  public List<User> getPeople() {
    return result.items();
  }

  public String roles(User user) {
    return user.getRoles().stream().sorted().map(Role::title).collect(Collectors.joining(", "));
  }

  public boolean isApprentice(User user) {
    return user.hasRole(Role.APPRENTICE);
  }

  public String getHeading() {
    User me = currentUser.get();
    return me.hasRole(Role.CENTRE_ADMIN) || me.hasRole(Role.IQA)
        ? "People at " + me.getCentre().getName()
        : "Your apprentices";
  }

  public long getTotal() {
    return result.total();
  }

  public int getFirstShown() {
    return result.total() == 0 ? 0 : page * PAGE_SIZE + 1;
  }

  public long getLastShown() {
    return Math.min((long) (page + 1) * PAGE_SIZE, result.total());
  }

  public boolean isHasPrevious() {
    return page > 0;
  }

  public boolean isHasNext() {
    return getLastShown() < result.total();
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = Math.max(0, page);
  }
}
