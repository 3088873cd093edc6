/** The recognition module's internal REST API, for Kith's own services only. */
package org.kith.recognition.interfaces.rest;
