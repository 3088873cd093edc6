package org.kith.gallery.application;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.Proxy;

/** A managed executor for unit tests that runs each task at once on the calling thread. */
final class InlineExecutor {
  private InlineExecutor() {}

  static ManagedExecutorService create() {
    return (ManagedExecutorService)
        Proxy.newProxyInstance(
            InlineExecutor.class.getClassLoader(),
            new Class<?>[] {ManagedExecutorService.class},
            (proxy, method, args) -> {
              if (method.getName().equals("execute")) {
                ((Runnable) args[0]).run();
                return null;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
