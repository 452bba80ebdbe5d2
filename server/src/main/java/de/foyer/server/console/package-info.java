/**
 * The clerks' pages: login, the counter page with its one large "next" button, and the info point.
 * Pages are rendered by the server from templates (console/*.html) and brought to life by small
 * scripts served as files (the Content-Security-Policy allows no inline script); the scripts use the
 * public API with the session cookie and the CSRF token, and follow the clerk event stream.
 */
package de.foyer.server.console;
