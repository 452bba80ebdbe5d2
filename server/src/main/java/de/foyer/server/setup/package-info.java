/**
 * The first start of an installation without the demo: a one-time link, printed only in the
 * server's own output, opens a page that makes the first office and its administrator. The command
 * line ({@code ./foyer admin create … --office …}) does the same for scripted installs.
 */
package de.foyer.server.setup;
