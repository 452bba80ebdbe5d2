/** What the kiosk says while it cannot reach the server. */
package de.foyer.kiosk.status;
