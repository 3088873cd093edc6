/** MicroProfile Health checks of the audit module. */
package org.kith.audit.infrastructure.health;
