package io.riskwise.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A page address whose parameters cannot be read ({@code ?id=abc}, {@code ?rag=PURPLE}) names
 * nothing: it gets the not-found page instead of a page built without the thing it is about.
 */
public class BadAddresses implements PhaseListener {

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RENDER_RESPONSE;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    if (faces.isPostback() || !faces.isValidationFailed() || faces.getResponseComplete()) {
      return;
    }
    try {
      faces.getExternalContext().responseSendError(404, "Not found");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  @Override
  public void afterPhase(PhaseEvent event) {}
}
