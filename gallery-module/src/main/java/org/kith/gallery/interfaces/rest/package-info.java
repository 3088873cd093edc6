/** The gallery's REST API: clinicians' resources and, later, the device's identify call. */
package org.kith.gallery.interfaces.rest;
