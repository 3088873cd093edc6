package org.kith.gallery.interfaces.rest.encounter;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.kith.gallery.application.encounter.DeviceCaller;

/**
 * One-time tickets that let a device's WebSocket prove who it is without a token in the URL
 * (browsers cannot set headers on a WebSocket, and URLs end up in logs): the device asks for a
 * ticket with its bearer token over REST, then sends the ticket as the socket's first message. A
 * ticket is good for one socket, for one encounter, for 30 seconds.
 */
@ApplicationScoped
public class SocketTickets {
  static final Duration LIFETIME = Duration.ofSeconds(30);
  private static final int MAX_OUTSTANDING = 10_000;

  /** What a ticket stands for. */
  public record Grant(DeviceCaller caller, String encounterId, Instant expires) {}

  private final SecureRandom random = new SecureRandom();
  private final ConcurrentMap<String, Grant> outstanding = new ConcurrentHashMap<>();

  public String issue(DeviceCaller caller, String encounterId) {
    Instant now = Instant.now(Clock.systemUTC());
    outstanding.values().removeIf(g -> g.expires().isBefore(now));
    if (outstanding.size() >= MAX_OUTSTANDING) {
      throw new IllegalStateException("GAL-210 too many outstanding socket tickets");
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    outstanding.put(ticket, new Grant(caller, encounterId, now.plus(LIFETIME)));
    return ticket;
  }

  /** The grant, once: a redeemed or expired ticket is gone. */
  public Optional<Grant> redeem(String ticket, String encounterId) {
    if (ticket == null) {
      return Optional.empty();
    }
    Grant grant = outstanding.remove(ticket);
    if (grant == null
        || grant.expires().isBefore(Instant.now(Clock.systemUTC()))
        || !grant.encounterId().equals(encounterId)) {
      return Optional.empty();
    }
    return Optional.of(grant);
  }
}
