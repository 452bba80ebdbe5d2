/** What the kiosk and the display both report when they start. */
package de.foyer.protocol.startup;
