package org.kith.web.errors;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kith.web.client.ApiProblem;

/**
 * Turns every exception of a Faces request into a plain page: an API's "not found" into the
 * not-found page, an expired view into a fresh copy of the page, anything else into the error page
 * with an incident number that the log also names. The browser never sees a stack trace.
 */
public class PlainErrorsHandler extends ExceptionHandlerWrapper {
  private static final Logger LOG = Logger.getLogger(PlainErrorsHandler.class.getName());

  public PlainErrorsHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      ExceptionQueuedEventContext context = events.next().getContext();
      Throwable thrown = context.getException();
      FacesContext faces = context.getContext();
      try {
        handleOne(faces, thrown);
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.SEVERE, "WEB-901 could not show the error page", e);
      } finally {
        events.remove();
      }
    }
    getWrapped().handle();
  }

  private static void handleOne(FacesContext faces, Throwable thrown) throws IOException {
    ExternalContext external = faces.getExternalContext();
    if (faces.getResponseComplete()) {
      return;
    }
    Throwable cause = root(thrown);
    if (cause instanceof ViewExpiredException expired) {
      external.redirect(external.getRequestContextPath() + expired.getViewId());
    } else if (cause instanceof ApiProblem problem && problem.isNotFound()) {
      redirect(faces, "/not-found.xhtml");
    } else {
      String incident = UUID.randomUUID().toString().substring(0, 8);
      LOG.log(
          Level.SEVERE,
          "WEB-900 incident "
              + incident
              + " on "
              + ((HttpServletRequest) external.getRequest()).getRequestURI(),
          thrown);
      redirect(faces, "/error.xhtml?incident=" + incident);
    }
    faces.responseComplete();
  }

  private static void redirect(FacesContext faces, String page) throws IOException {
    ExternalContext external = faces.getExternalContext();
    external.redirect(external.getRequestContextPath() + page);
  }

  private static Throwable root(Throwable thrown) {
    Throwable t = thrown;
    while ((t instanceof FacesException || t.getClass().getName().startsWith("jakarta.el."))
        && t.getCause() != null
        && !(t instanceof ViewExpiredException)) {
      t = t.getCause();
    }
    return t;
  }
}
