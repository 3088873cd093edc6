package org.kith.web.errors;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link PlainErrorsHandler} around the implementation's handler. */
public class PlainErrorsHandlerFactory extends ExceptionHandlerFactory {
  public PlainErrorsHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new PlainErrorsHandler(getWrapped().getExceptionHandler());
  }
}
