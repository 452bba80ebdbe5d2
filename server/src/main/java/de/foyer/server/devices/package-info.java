/**
 * Kiosks and displays: registration with a token shown once and stored hashed, the waiting area a
 * display belongs to, and heartbeats that tell staff which device is online and which printer lacks paper.
 */
package de.foyer.server.devices;
