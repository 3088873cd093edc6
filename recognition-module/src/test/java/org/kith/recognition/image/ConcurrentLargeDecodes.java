package org.kith.recognition.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.kith.api.recognition.ImageRejectedException;
import org.kith.deploy.testing.HostileImages;

/**
 * Run in a JVM with the heap {@code ./kith up} gives Payara (1 GiB): several threads decode the
 * largest image the default limits allow, at once, through one decoder. Prints how many decoded,
 * how many were told the decoder is busy, and the peak heap; exits non-zero on anything else.
 */
public final class ConcurrentLargeDecodes {
  private ConcurrentLargeDecodes() {}

  public static void main(String[] args) throws Exception {
    int threads = Integer.parseInt(args[0]);
    int rounds = Integer.parseInt(args[1]);
    int w = 7300;
    int h = 5470; // 39.9 MP, 8-bit RGB: the largest the default limits decode
    byte[] jpeg;
    {
      BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
      byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
      for (int i = 0; i < data.length; i++) {
        data[i] = (byte) ((i / 3 / w) * 255 / h);
      }
      jpeg = HostileImages.jpeg(image);
    }
    System.gc();
    ImageDecoder decoder = new ImageDecoder(ImageLimits.DEFAULT);
    AtomicInteger decoded = new AtomicInteger();
    AtomicInteger busy = new AtomicInteger();
    List<String> other = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<Future<?>> work = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      work.add(
          pool.submit(
              () -> {
                for (int r = 0; r < rounds; r++) {
                  try {
                    decoder.decode(jpeg, image -> image.width());
                    decoded.incrementAndGet();
                  } catch (ImageRejectedException e) {
                    if (e.errorCode().code().equals("IMAGE_DECODER_BUSY")) {
                      busy.incrementAndGet();
                    } else {
                      other.add(e.errorCode().code());
                    }
                  } catch (Throwable e) {
                    other.add(e.toString());
                  }
                }
              }));
    }
    for (Future<?> f : work) {
      f.get();
    }
    pool.shutdown();
    long peak = 0;
    for (MemoryPoolMXBean pool2 : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool2.getType() == MemoryType.HEAP) {
        peak += pool2.getPeakUsage().getUsed();
      }
    }
    System.out.printf(
        "max heap %d MiB, %d threads x %d rounds of a %d-byte 39.9 MP JPEG: %d decoded, %d busy,"
            + " other %s, peak heap %d MiB, %.1f s%n",
        Runtime.getRuntime().maxMemory() >> 20,
        threads,
        rounds,
        jpeg.length,
        decoded.get(),
        busy.get(),
        other,
        peak >> 20,
        (System.nanoTime() - start) / 1e9);
    System.exit(other.isEmpty() ? 0 : 1);
  }
}
