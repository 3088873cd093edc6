/** Test images the recognition tests generate themselves, and the built models' manifest facts. */
package org.kith.recognition.testing;
