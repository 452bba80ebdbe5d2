/**
 * A network ticket printer in software: it takes ESC/POS on a TCP port, answers status requests,
 * and keeps each ticket as text and as a picture, so the kiosk can be run and tested without paper.
 */
package de.foyer.hardware.sim;
