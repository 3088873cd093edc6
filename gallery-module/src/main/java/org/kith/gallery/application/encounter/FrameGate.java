package org.kith.gallery.application.encounter;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One frame of an encounter at a time, newest wins. A frame whose sequence number is not above the
 * last one admitted is dropped at once (out of order). A frame that arrives while another is being
 * analysed waits in the one waiting place; a newer frame arriving then takes that place and the one
 * waiting is dropped (superseded), so a device that sends faster than the server can take never
 * builds a queue, and the frame analysed next is always the newest one.
 */
final class FrameGate {
  /** Why a frame was not analysed. */
  enum Drop {
    OUT_OF_ORDER,
    SUPERSEDED,
    BUSY
  }

  /** A frame's place at the gate: its turn, or the reason it will not get one. */
  static final class Ticket {
    private final CompletableFuture<Drop> turn = new CompletableFuture<>();

    /** Null once it is this frame's turn; the reason it was dropped otherwise. */
    Drop await(FrameGate gate, Duration wait) {
      try {
        return turn.get(wait.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        return gate.abandon(this);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        Drop d = gate.abandon(this);
        return d == null ? null : Drop.BUSY;
      } catch (ExecutionException e) {
        return Drop.BUSY;
      }
    }
  }

  private long lastSequence = -1;
  private boolean busy;
  private Ticket waiting;

  synchronized Ticket enter(long sequence) {
    Ticket ticket = new Ticket();
    if (sequence <= lastSequence) {
      ticket.turn.complete(Drop.OUT_OF_ORDER);
      return ticket;
    }
    lastSequence = sequence;
    if (!busy) {
      busy = true;
      ticket.turn.complete(null);
      return ticket;
    }
    if (waiting != null) {
      waiting.turn.complete(Drop.SUPERSEDED);
    }
    waiting = ticket;
    return ticket;
  }

  /** The frame whose turn it was is done: the waiting one, if any, goes next. */
  synchronized void leave() {
    if (waiting != null) {
      Ticket next = waiting;
      waiting = null;
      next.turn.complete(null);
    } else {
      busy = false;
    }
  }

  /** A waiting frame gives up; if its turn came meanwhile it takes it (null). */
  private synchronized Drop abandon(Ticket ticket) {
    if (waiting == ticket) {
      waiting = null;
      return Drop.BUSY;
    }
    return ticket.turn.getNow(Drop.BUSY);
  }
}
