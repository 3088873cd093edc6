package org.kith.gallery.interfaces.rest.encounter;

import java.time.Instant;

/** A one-time ticket for the encounter's WebSocket: send it as the socket's first message. */
public record SocketTicketRepresentation(String ticket, Instant expiresAt, String socket) {}
