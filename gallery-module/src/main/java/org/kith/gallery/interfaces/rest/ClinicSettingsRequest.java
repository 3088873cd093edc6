package org.kith.gallery.interfaces.rest;

/**
 * The clinic's settings as sent; every field is required. A plain class, not a record: Payara's
 * OpenAPI scanner fails on record components.
 */
public class ClinicSettingsRequest {
  /** Keep an encrypted face thumbnail per known person. */
  public Boolean thumbnails;
}
