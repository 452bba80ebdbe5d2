package de.foyer.server.storage;

import de.foyer.server.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation of the release before the three roles, brought up to date: where it had several
 * offices, each administrator stays an administrator of their own office only; where it had one,
 * its administrator becomes the installation's. Every account and device keeps its office.
 */
class ThreeRolesMigrationTest {

    @Test
    void administratorsOfSeveralOfficesKeepTheirReachAndThoseOfOneOfficeGetTheInstallation() {
        assertThat(migrated("several", List.of("buergerbuero", "jugendamt"))).containsExactly(
                "a-buergerbuero OFFICE_ADMIN buergerbuero", "a-jugendamt OFFICE_ADMIN jugendamt", "c-buergerbuero CLERK buergerbuero",
                "c-jugendamt CLERK jugendamt");
        assertThat(migrated("one", List.of("buergerbuero"))).containsExactly(
                "a-buergerbuero ADMIN buergerbuero", "c-buergerbuero CLERK buergerbuero");
    }

    /** Each office with an administrator and a clerk, made at version 56 and migrated: each account as "id role offices". */
    private static List<String> migrated(String name, List<String> offices) {
        EmbeddedDatabase cluster = TestDatabase.cluster();
        String database = "roles_" + name;
        Jdbi.create(cluster.superuserDataSource("postgres"))
                .useHandle(handle -> handle.execute("CREATE DATABASE " + database + " OWNER " + cluster.appUser()));
        DataSource source = cluster.appDataSource(database);
        Flyway.configure().dataSource(source).locations("classpath:db/migration").target("56").load().migrate();
        Jdbi jdbi = Jdbi.create(source);
        jdbi.useHandle(handle -> {
            for (String office : offices) {
                handle.execute("INSERT INTO offices (id, name) VALUES (?, ?)", office, office);
                handle.execute("INSERT INTO clerks (id, office_id, username, display_name, password_hash, role) VALUES (?, ?, ?, ?, 'x', 'ADMIN')",
                        "a-" + office, office, "a-" + office, "A");
                handle.execute("INSERT INTO clerks (id, office_id, username, display_name, password_hash, role) VALUES (?, ?, ?, ?, 'x', 'CLERK')",
                        "c-" + office, office, "c-" + office, "C");
            }
        });
        Flyway.configure().dataSource(source).locations("classpath:db/migration").load().migrate();
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT c.id || ' ' || c.role || ' ' || string_agg(m.office_id, ',' ORDER BY m.office_id)
                        FROM clerks c JOIN staff_offices m ON m.clerk_id = c.id GROUP BY c.id, c.role ORDER BY c.id""")
                .mapTo(String.class).list());
    }
}
