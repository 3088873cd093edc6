package org.kith.gallery.interfaces.rest.pairing;

import org.kith.gallery.interfaces.rest.DeviceRepresentation;

/**
 * What a paired phone collects, once: its device and credential, and where to exchange the
 * credential for tokens.
 */
public record PairedDeviceRepresentation(
    DeviceRepresentation device, String clientId, String clientSecret, String tokenEndpoint) {}
