package io.riskwise.identity.boundary;

import io.riskwise.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A signed-in person changes their own password, then signs in again with it. */
@Named("changePassword")
@RequestScoped
public class ChangePasswordView {

  @Inject Accounts accounts;
  @Inject CurrentUser currentUser;

  private String current;
  private String password;
  private String repeated;
  private boolean done;

  public void save() {
    done =
        Messages.attempt(
            () -> accounts.changePassword(currentUser.get(), current, password, repeated));
    current = null;
    password = null;
    repeated = null;
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getRepeated() {
    return repeated;
  }

  public void setRepeated(String repeated) {
    this.repeated = repeated;
  }

  public boolean isDone() {
    return done;
  }
}
