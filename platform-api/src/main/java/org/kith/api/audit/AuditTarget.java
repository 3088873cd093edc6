package org.kith.api.audit;

/**
 * The thing an administrative change was made to, by opaque id: type is one of {@code PATIENT},
 * {@code PERSON}, {@code CONSENT}, {@code TEMPLATE}, {@code DEVICE}.
 */
public record AuditTarget(String type, String id) {}
