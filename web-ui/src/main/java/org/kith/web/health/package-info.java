/** MicroProfile Health checks of the web UI. */
package org.kith.web.health;
