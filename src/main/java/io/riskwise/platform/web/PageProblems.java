package io.riskwise.platform.web;

import io.riskwise.platform.rest.InvalidInputException;
import io.riskwise.platform.rest.ProblemException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The one place where a problem raised by a facade during a page request becomes what a person
 * should see, so that no page answers 500 for something they clicked or typed:
 *
 * <ul>
 *   <li>refused input or a conflict during an action: the page again, with the facade's words as
 *       messages and what was typed kept;
 *   <li>something that is not there, or not theirs, while a page is built or an action runs: the
 *       not-found page (404), or the forbidden page (403) where the facade said so;
 *   <li>a page whose form state has expired: the expired page.
 * </ul>
 *
 * Anything else is a fault of ours and goes on to the "Something went wrong" page.
 */
public class PageProblems extends ExceptionHandlerWrapper {
  private static final Logger LOG = Logger.getLogger(PageProblems.class.getName());

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {
    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new PageProblems(getWrapped().getExceptionHandler());
    }
  }

  PageProblems(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> queued = getUnhandledExceptionQueuedEvents().iterator();
    while (queued.hasNext()) {
      Throwable thrown = queued.next().getContext().getException();
      Optional<Throwable> known = known(thrown);
      if (known.isPresent() && answer(faces, known.get())) {
        queued.remove();
      }
    }
    super.handle();
  }

  /** The exception a person should be told about, found in the chain of causes. */
  static Optional<Throwable> known(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof ProblemException
          || t instanceof InvalidInputException
          || t instanceof ViewExpiredException) {
        return Optional.of(t);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }

  private static boolean answer(FacesContext faces, Throwable problem) {
    ExternalContext external = faces.getExternalContext();
    if (external.isResponseCommitted()) {
      return false;
    }
    if (problem instanceof ViewExpiredException) {
      return redirect(faces, "/error/expired.xhtml");
    }
    int status = problem instanceof ProblemException p ? p.getResponse().getStatus() : 400;
    boolean duringAction =
        faces.isPostback() && faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE;
    if (duringAction && status != 404 && status != 403) {
      Messages.refused((RuntimeException) problem);
      faces.renderResponse();
      return true;
    }
    int page = status == 403 ? 403 : 404;
    LOG.fine(() -> "Answered " + page + " for " + problem.getMessage());
    if (faces.getPartialViewContext().isAjaxRequest()) {
      return redirect(faces, page == 403 ? "/error/forbidden.xhtml" : "/error/not-found.xhtml");
    }
    try {
      external.responseReset();
      external.responseSendError(page, problem.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
    return true;
  }

  private static boolean redirect(FacesContext faces, String page) {
    ExternalContext external = faces.getExternalContext();
    try {
      external.responseReset();
      external.redirect(external.getRequestContextPath() + page);
    } catch (IOException e) {
      throw new FacesException(e);
    }
    faces.responseComplete();
    return true;
  }
}
