/** Test images the recognition tests generate themselves, hostile ones included. */
package org.kith.recognition.testing;
