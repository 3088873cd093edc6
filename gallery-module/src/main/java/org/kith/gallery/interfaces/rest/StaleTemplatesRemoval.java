package org.kith.gallery.interfaces.rest;

/** How many templates of earlier face models were deleted. */
public record StaleTemplatesRemoval(int removed) {}
