/** Kith's system of record: patients, known persons, consents, devices and face templates. */
package org.kith.gallery;
