/**
 * The kiosk's course: which screen shows, what a scan or a touch starts, and the work with server
 * and printer that runs in the background and comes back to the UI thread as an outcome. Nothing
 * here needs JavaFX running, so all of it is tested with plain fakes and a direct executor.
 */
package de.foyer.kiosk.flow;
