/** MicroProfile Health checks of the recognition module. */
package org.kith.recognition.infrastructure.health;
