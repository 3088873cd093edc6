package org.kith.gallery.application.encounter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FrameGateTest {
  private static final Duration NOW = Duration.ofMillis(1);

  @Test
  void anOlderOrRepeatedFrameIsDroppedAsOutOfOrder() {
    FrameGate gate = new FrameGate();
    assertNull(gate.enter(5).await(gate, NOW));
    gate.leave();
    assertEquals(FrameGate.Drop.OUT_OF_ORDER, gate.enter(5).await(gate, NOW));
    assertEquals(FrameGate.Drop.OUT_OF_ORDER, gate.enter(3).await(gate, NOW));
  }

  @Test
  void aWaitingFrameIsSupersededByANewerOneWhichGoesNext() {
    FrameGate gate = new FrameGate();
    FrameGate.Ticket running = gate.enter(1);
    assertNull(running.await(gate, NOW));
    FrameGate.Ticket waiting = gate.enter(2);
    FrameGate.Ticket newest = gate.enter(3);
    assertEquals(FrameGate.Drop.SUPERSEDED, waiting.await(gate, NOW));
    gate.leave();
    assertNull(newest.await(gate, NOW));
    gate.leave();
    assertNull(gate.enter(4).await(gate, NOW), "an idle gate lets the next frame in at once");
  }

  @Test
  void aFrameThatWaitedTooLongGivesUpAndLeavesNoQueue() {
    FrameGate gate = new FrameGate();
    gate.enter(1).await(gate, NOW);
    assertEquals(FrameGate.Drop.BUSY, gate.enter(2).await(gate, NOW));
    gate.leave();
    assertNull(gate.enter(3).await(gate, NOW));
  }
}
