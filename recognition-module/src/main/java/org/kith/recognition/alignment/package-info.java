/** Face alignment: least-squares similarity to a model's template, warping and CLAHE. */
package org.kith.recognition.alignment;
