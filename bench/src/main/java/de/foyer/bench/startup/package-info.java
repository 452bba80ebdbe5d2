/** How long the parts take to come up: the server on an existing database until /health answers, kiosk and display until their first frame. */
package de.foyer.bench.startup;
