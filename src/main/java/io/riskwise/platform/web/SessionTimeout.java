package io.riskwise.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Applies {@code riskwise.session.timeout-minutes} to every new page session. */
@WebListener
public class SessionTimeout implements HttpSessionListener {

  @Inject
  @ConfigProperty(name = "riskwise.session.timeout-minutes", defaultValue = "30")
  int minutes;

  @Override
  public void sessionCreated(HttpSessionEvent event) {
    event.getSession().setMaxInactiveInterval(minutes * 60);
  }
}
