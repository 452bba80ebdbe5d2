/**
 * The clerks' pages: login, the counter page with its one large "next" button, the info point, the
 * day list and the ticket slip. Pages are rendered by the server from jte templates (jte/console), each
 * showing one view record, and the interactive ones are brought to life by small
 * scripts served as files (the Content-Security-Policy allows no inline script); the scripts use the
 * public API with the session cookie and the CSRF token, and follow the clerk event stream.
 */
package de.foyer.server.console;
