package io.riskwise.demo;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The demo logins the sign-in page offers in demo mode; none otherwise. */
@Named
@RequestScoped
public class DemoLoginsView {
  @Inject DemoCentre demo;

  public List<DemoCentre.Login> getLogins() {
    return demo.logins();
  }

  public String getPassword() {
    return DemoCentre.PASSWORD;
  }
}
