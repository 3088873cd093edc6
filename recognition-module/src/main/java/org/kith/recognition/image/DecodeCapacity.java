package org.kith.recognition.image;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.kith.api.recognition.ImageErrors;
import org.kith.api.recognition.ImageRejectedException;

/**
 * The heap that images being decoded and analysed may hold at once, in mebibytes. Each image takes
 * what its decoding needs before the decoder allocates anything and gives it back when its analysis
 * is done, so many small photos run side by side while two of the largest allowed take turns with
 * the rest. Fair, so a large image is not overtaken forever by small ones.
 */
public final class DecodeCapacity {
  private static final long MIB = 1L << 20;

  private final Semaphore mebibytes;
  private final int total;

  public DecodeCapacity(long bytes) {
    if (bytes < MIB) {
      throw new IllegalArgumentException("decode capacity must be at least 1 MiB");
    }
    this.total = (int) Math.min(Integer.MAX_VALUE, bytes / MIB);
    this.mebibytes = new Semaphore(total, true);
  }

  /** The whole capacity in bytes. */
  public long bytes() {
    return total * MIB;
  }

  /** A claim on {@code bytes}, waited for at most {@code millis}. */
  Claim claim(long bytes, long millis) {
    int units = (int) Math.max(1, Math.min(total, (bytes + MIB - 1) / MIB));
    try {
      if (!mebibytes.tryAcquire(units, Math.max(0, millis), TimeUnit.MILLISECONDS)) {
        throw new ImageRejectedException(
            ImageErrors.IMAGE_DECODER_BUSY,
            "the server is decoding other images; retry in a few seconds");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ImageRejectedException(
          ImageErrors.IMAGE_DECODER_BUSY, "interrupted while waiting to decode");
    }
    return new Claim(units);
  }

  /** Heap held for one image; closing gives it back exactly once. */
  final class Claim implements AutoCloseable {
    private int units;

    private Claim(int units) {
      this.units = units;
    }

    @Override
    public void close() {
      if (units > 0) {
        mebibytes.release(units);
        units = 0;
      }
    }
  }
}
