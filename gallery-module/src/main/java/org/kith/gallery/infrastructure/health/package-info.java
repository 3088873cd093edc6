/** MicroProfile Health checks of the gallery module. */
package org.kith.gallery.infrastructure.health;
