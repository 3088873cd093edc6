/** The audit module's REST API: appends from Kith's modules, review and export for reviewers. */
package org.kith.audit.interfaces.rest;
