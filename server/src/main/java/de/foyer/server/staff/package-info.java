/**
 * Who may do what: clerk accounts with bcrypt passwords, sessions (bearer token or cookie with a
 * CSRF token), the roles CLERK and ADMIN, the check every route passes, and the audit log.
 */
package de.foyer.server.staff;
