package org.kith.gallery.interfaces.rest;

/** The feedback's own audit event. */
public record FeedbackReceipt(long auditEventId) {}
