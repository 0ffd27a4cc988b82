package io.riskwise.identity.boundary;

import io.riskwise.platform.rest.ProblemException;
import io.riskwise.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The page a one-use link opens: choose a password, then sign in with it. */
@Named("setPassword")
@ViewScoped
public class SetPasswordView implements Serializable {

  @Inject Accounts accounts;

  private String token;
  private String name;
  private String username;
  private String password;
  private String repeated;
  private boolean done;
  private boolean expired;

  public void load() {
    if (name != null || done) {
      return;
    }
    try {
      var holder = accounts.holderOf(token);
      name = holder.getDisplayName();
      username = holder.getUsername();
    } catch (ProblemException e) {
      expired = true;
    }
  }

  public void save() {
    done = Messages.attempt(() -> accounts.setPassword(token, password, repeated));
    password = null;
    repeated = null;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getName() {
    return name;
  }

  public String getUsername() {
    return username;
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

  public boolean isExpired() {
    return expired;
  }
}
