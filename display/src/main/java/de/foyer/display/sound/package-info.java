/**
 * What a call sounds like: a chime and, where {@code espeak-ng} is installed and wanted, the number
 * and counter spoken in German. Both sit behind interfaces because most machines that build and
 * test Foyer have no sound card; a screen without one stays silent rather than failing.
 */
package de.foyer.display.sound;
