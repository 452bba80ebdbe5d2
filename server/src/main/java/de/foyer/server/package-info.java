/**
 * The Foyer server: {@link de.foyer.server.Main} reads the environment and starts it,
 * {@link de.foyer.server.Foyer} wires the features together, {@link de.foyer.server.App} builds the
 * HTTP application from their routes.
 */
package de.foyer.server;
