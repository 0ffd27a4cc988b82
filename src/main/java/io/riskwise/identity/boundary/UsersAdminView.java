package io.riskwise.identity.boundary;

import io.riskwise.identity.entity.Role;
import io.riskwise.identity.entity.User;
import io.riskwise.platform.paging.Page;
import io.riskwise.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The administrator's page of people: search, create, deactivate, reactivate, reset a password. A
 * new link is shown once on this page, to be passed on when e-mail is not set up.
 */
@Named("usersAdmin")
@ViewScoped
public class UsersAdminView implements Serializable {
  static final int PAGE_SIZE = 25;

  @Inject CurrentUser currentUser;
  @Inject Accounts accounts;

  private String search;
  private int page;
  private String username;
  private String displayName;
  private String email;
  private List<String> roles = new ArrayList<>();
  private String linkFor;
  private String link;
  private transient Page<User> result;

  public Page<User> getResult() {
    if (result == null) {
      result = accounts.list(currentUser.get(), search, page, PAGE_SIZE);
    }
    return result;
  }

  public void create() {
    boolean done =
        Messages.attempt(
            () -> {
              Accounts.WithLink made =
                  accounts.create(
                      currentUser.get(),
                      new Accounts.NewAccount(
                          username,
                          displayName,
                          email,
                          roles.stream()
                              .map(Role::valueOf)
                              .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)))));
              show(made);
              Messages.info(made.user().getDisplayName() + " can now set their password.");
            });
    if (done) {
      username = null;
      displayName = null;
      email = null;
      roles = new ArrayList<>();
    }
  }

  public void deactivate(long id) {
    if (Messages.attempt(() -> accounts.deactivate(currentUser.get(), id))) {
      Messages.info("Deactivated: they can no longer sign in. Their records stay.");
    }
    result = null;
  }

  public void reactivate(long id) {
    if (Messages.attempt(() -> accounts.reactivate(currentUser.get(), id))) {
      Messages.info("Reactivated.");
    }
    result = null;
  }

  public void reset(long id) {
    Messages.attempt(() -> show(accounts.resetPassword(currentUser.get(), id)));
  }

  private void show(Accounts.WithLink made) {
    linkFor = made.user().getDisplayName();
    link = made.link();
    result = null;
  }

  public String roleNames(User user) {
    return user.getRoles().stream().sorted().map(Role::title).collect(Collectors.joining(", "));
  }

  public Role[] getAllRoles() {
    return Role.values();
  }

  public boolean isHasNext() {
    return (long) (page + 1) * PAGE_SIZE < getResult().total();
  }

  public boolean isHasPrevious() {
    return page > 0;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = Math.max(0, page);
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles;
  }

  public String getLinkFor() {
    return linkFor;
  }

  public String getLink() {
    return link;
  }
}
