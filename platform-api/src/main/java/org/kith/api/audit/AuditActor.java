package org.kith.api.audit;

/**
 * Who did it, from the caller's validated token (subject and role, never a name) and from where
 * (the client address the calling module saw; may be null).
 */
public record AuditActor(String subject, String role, String address) {}
