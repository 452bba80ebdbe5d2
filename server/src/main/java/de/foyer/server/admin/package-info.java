/**
 * The office's settings for administrators: services and categories, counters and what each serves,
 * opening hours and closures, the booking and calling rules, devices, the screens' notices and the
 * clerk accounts; and the audit log. A JSON API under /api/v1/admin/… and plain pages on top of it,
 * written in jte templates (jte/admin) from view records.
 * Every change is written to the audit log in its own transaction.
 */
package de.foyer.server.admin;
