/**
 * Pairing a patient's phone (the Companion) without anyone typing a secret: the phone shows a short
 * code, the clinician enters it on the patient's page, and the phone collects the device credential
 * that this made. The shape is RFC 8628's (device code, user code, polling with an interval).
 */
package org.kith.gallery.application.pairing;
