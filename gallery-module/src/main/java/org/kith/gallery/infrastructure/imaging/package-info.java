/** Image work the gallery does itself: cutting a face thumbnail out of an enrolment photo. */
package org.kith.gallery.infrastructure.imaging;
