/** FaceMesh landmarks per face, the papers' regions with visibility, and head pose. */
package org.kith.recognition.landmarks;
