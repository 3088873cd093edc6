package org.kith.gallery.application;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.kith.api.problem.KithException;

/**
 * Waiting for the recognition service's answer to a call begun earlier: the answer, or what stopped
 * it thrown just as a blocking call would have thrown it.
 */
public final class RecognitionAnswers {
  private RecognitionAnswers() {}

  public static <T> T await(CompletableFuture<T> pending) {
    try {
      return pending.get();
    } catch (ExecutionException e) {
      Throwable cause = unwrap(e);
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new KithException(
          GalleryErrors.RECOGNITION_UNAVAILABLE,
          "the recognition service failed: " + cause.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      pending.cancel(true);
      throw new KithException(
          GalleryErrors.RECOGNITION_UNAVAILABLE,
          "interrupted while waiting for the recognition service");
    }
  }

  /** The exception that stopped the work, not the wrappers the futures put around it. */
  public static Throwable unwrap(Throwable e) {
    Throwable cause = e;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
