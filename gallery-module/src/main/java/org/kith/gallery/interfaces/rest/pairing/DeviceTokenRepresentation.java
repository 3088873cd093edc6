package org.kith.gallery.interfaces.rest.pairing;

/** A device's bearer token and how many seconds it lives. */
public record DeviceTokenRepresentation(String accessToken, String tokenType, long expiresIn) {}
