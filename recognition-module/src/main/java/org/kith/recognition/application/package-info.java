/** Recognition use cases exposed to the platform's own services. */
package org.kith.recognition.application;
