/** The audit module's REST API for ethics reviewers. */
package org.kith.audit.interfaces.rest;
