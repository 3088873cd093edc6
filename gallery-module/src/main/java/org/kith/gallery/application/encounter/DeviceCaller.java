package org.kith.gallery.application.encounter;

import org.kith.api.tenancy.ClinicId;
import org.kith.gallery.application.Actor;

/** The device an encounter call comes from, as its token names it. */
public record DeviceCaller(ClinicId clinic, long patientId, String clientId, Actor actor) {}
