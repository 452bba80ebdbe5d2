package de.foyer.server.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.util.PSQLException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A data directory of the previous release (pg_hba trust, data in "postgres" owned by the superuser) starts, locked down. */
class EarlierReleaseDirectoryTest {

    @Test
    void itIsConvertedKeepsItsDataAndMigratesAsTheApplicationRole(@TempDir Path data) throws Exception {
        Path directory = data.resolve("postgres");
        // What the previous release did: zonky's defaults (trust), everything as postgres in "postgres".
        try (EmbeddedPostgres earlier = EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false).start()) {
            Flyway.configure().dataSource(earlier.getPostgresDatabase()).locations("classpath:db/migration").target("3").load().migrate();
            Jdbi.create(earlier.getPostgresDatabase()).useHandle(handle -> {
                handle.execute("INSERT INTO offices (id, name, time_zone) VALUES ('altstadt', 'Bürgerbüro Altstadt', 'Europe/Berlin')");
                handle.execute("INSERT INTO server_secrets (name, value, created_at) VALUES ('checkin', 'c2VjcmV0LW9mLXRoZS1lYXJsaWVyLXJlbGVhc2U=', now())");
            });
        }
        assertThat(Files.readString(directory.resolve("pg_hba.conf"))).contains("trust");

        try (EmbeddedDatabase started = EmbeddedDatabase.start(data, false);
             Database database = Database.open(started.appJdbcUrl(), started.appUser(), started.appPassword(), 2)) {
            String office = database.jdbi().withHandle(handle -> handle.createQuery("SELECT name FROM offices WHERE id = 'altstadt'")
                    .mapTo(String.class).one());
            assertThat(office).isEqualTo("Bürgerbüro Altstadt");
            int foreign = database.jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner <> current_user").mapTo(Integer.class).one());
            assertThat(foreign).as("tables not owned by the application role").isZero();
            assertThat(Files.readString(directory.resolve("pg_hba.conf"))).doesNotContain("trust");
            Properties noPassword = new Properties();
            noPassword.setProperty("user", "postgres");
            assertThatThrownBy(() -> DriverManager.getConnection(started.jdbcUrl("postgres"), noPassword).close())
                    .isInstanceOf(PSQLException.class);
        }
    }
}
