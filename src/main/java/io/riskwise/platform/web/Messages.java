package io.riskwise.platform.web;

import io.riskwise.platform.rest.InvalidInputException;
import io.riskwise.platform.rest.ProblemException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Tells the person on a page what happened, in the same words the API uses. */
public final class Messages {
  private Messages() {}

  public static void info(String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(text));
  }

  /** Every problem of a refused request; the page keeps what the person typed. */
  public static void refused(RuntimeException e) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (e instanceof InvalidInputException invalid) {
      invalid
          .errors()
          .forEach(
              error ->
                  faces.addMessage(
                      null, new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), null)));
    } else {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
    faces.validationFailed();
  }

  /** Runs a change, reporting refusals (bad input, conflicts, not found) as messages. */
  public static boolean attempt(Runnable change) {
    try {
      change.run();
      return true;
    } catch (InvalidInputException | ProblemException e) {
      refused(e);
      return false;
    }
  }
}
