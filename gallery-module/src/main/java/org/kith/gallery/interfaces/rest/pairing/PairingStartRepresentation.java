package org.kith.gallery.interfaces.rest.pairing;

import java.time.Instant;

/**
 * What a phone gets when it starts pairing: its secret {@code pairingCode} (kept in memory, sent
 * only in bodies), the {@code userCode} it shows, and how often it may ask whether it was paired.
 */
public record PairingStartRepresentation(
    String pairingCode, String userCode, Instant expiresAt, long expiresIn, long interval) {}
