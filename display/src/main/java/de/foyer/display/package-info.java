/**
 * The waiting room's call screen as a program: {@link de.foyer.display.DisplayMain} reads the
 * command line and starts either the screen ({@link de.foyer.display.DisplayApp}, following the
 * server through {@link de.foyer.display.CallScreen}) or the screenshot writer, which needs no
 * server and no display.
 */
package de.foyer.display;
