package org.kith.gallery.application;

/** A patient and everything held about them were removed; their match index has nothing to hold. */
public record PatientErased(long patientId) {}
