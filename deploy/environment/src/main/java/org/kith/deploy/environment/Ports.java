package org.kith.deploy.environment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;

/**
 * Loopback port helpers: everything Kith starts listens on loopback unless configured otherwise.
 */
public final class Ports {
  private Ports() {}

  public static int freeLoopbackPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free loopback port", e);
    }
  }

  /** Waits until nothing listens on {@code host:port}; returns whether that happened in time. */
  public static boolean awaitFree(String host, int port, Duration timeout)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (isListening(host, port)) {
      if (Instant.now().isAfter(deadline)) {
        return false;
      }
      Thread.sleep(200);
    }
    return true;
  }

  public static boolean isListening(String host, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
