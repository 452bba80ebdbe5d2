/**
 * The kiosk's side of the HTTP contract: the questions it asks the server, answered in the kiosk's
 * own records, and the data of its offices kept for a while so that each ticket does not fetch it again.
 */
package de.foyer.kiosk.server;
