package org.kith.gallery.interfaces.rest;

/**
 * The answer to a registration: the device and the credentials to configure it with, including the
 * client secret, which Kith shows this once and cannot show again.
 */
public record DeviceRegistrationRepresentation(
    DeviceRepresentation device, String tokenEndpoint, String clientId, String clientSecret) {}
