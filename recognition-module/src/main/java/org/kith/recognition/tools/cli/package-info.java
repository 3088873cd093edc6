/** The recognition module's command-line tools: analyse images and benchmark the pipeline. */
package org.kith.recognition.tools.cli;
