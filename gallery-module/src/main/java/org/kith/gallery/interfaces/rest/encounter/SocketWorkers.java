package org.kith.gallery.interfaces.rest.encounter;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The threads that analyse socket frames. A socket's messages arrive one after another on the
 * container's thread; handing each frame over at once lets a newer frame reach the encounter's gate
 * while an older one is analysed, so the gate can drop the stale one (newest wins) instead of the
 * socket's buffer queueing them. Bounded: with every thread busy a frame is refused, not queued.
 */
@ApplicationScoped
public class SocketWorkers {
  private static final int MAX_THREADS = 64;

  @Resource ManagedThreadFactory threads;

  private ThreadPoolExecutor pool;

  @PostConstruct
  void start() {
    pool =
        new ThreadPoolExecutor(
            0, MAX_THREADS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), threads);
  }

  @PreDestroy
  void stop() {
    pool.shutdownNow();
  }

  /** Runs the work, or answers false at once when every thread is busy. */
  public boolean submit(Runnable work) {
    try {
      pool.execute(work);
      return true;
    } catch (RejectedExecutionException e) {
      return false;
    }
  }
}
