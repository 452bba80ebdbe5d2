/** How fast clerks can call: twenty counters pressing "next" as fast as the server answers, checked against the database. */
package de.foyer.bench.calls;
