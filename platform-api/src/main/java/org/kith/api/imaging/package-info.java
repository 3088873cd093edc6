/**
 * Reading what an untrusted image file says about itself with bounded work, shared by every module
 * that decodes images so none of them hands hostile metadata to a recursive parser.
 */
package org.kith.api.imaging;
