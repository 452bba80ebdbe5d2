package de.foyer.server.booking;

import de.foyer.server.storage.Database;
import de.foyer.server.storage.EmbeddedDatabase;
import de.foyer.server.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A database of the previous release gives its secret to the key file, and then no table holds it. */
class SecretOutOfTheDatabaseTest {

    @Test
    void theEarlierReleasesSecretMovesToTheKeyFileAndNoTableHoldsIt(@TempDir Path data) throws Exception {
        EmbeddedDatabase cluster = TestDatabase.cluster();
        String name = "earlier_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Jdbi.create(cluster.superuserDataSource("postgres")).useHandle(handle ->
                handle.execute("CREATE DATABASE " + name + " OWNER " + cluster.appUser()));
        DataSource earlier = cluster.appDataSource(name);
        // The schema as the previous release left it (V3), with its secret in server_secrets.
        Flyway.configure().dataSource(earlier).locations("classpath:db/migration").target("3").load().migrate();
        byte[] secret = SigningKeys.randomSecret();
        String stored = Base64.getEncoder().encodeToString(secret);
        Jdbi.create(earlier).useHandle(handle -> handle.execute(
                "INSERT INTO server_secrets (name, value, created_at) VALUES ('checkin', ?, now())", stored));

        SigningKeys keys = SecretFile.readOrCreate(data.resolve(SecretFile.DEFAULT_NAME), EarlierSecret.read(earlier), Duration.ofDays(1));
        Database.migrate(earlier);

        assertThat(keys.current()).as("codes handed out before stay valid").isEqualTo(secret);
        assertThat(SecretFile.read(data.resolve(SecretFile.DEFAULT_NAME), Duration.ofDays(1)).current()).isEqualTo(secret);
        assertThat(EarlierSecret.read(earlier)).isEmpty();
        Jdbi jdbi = Jdbi.create(earlier);
        List<String> tables = jdbi.withHandle(handle -> handle.createQuery(
                "SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = 'public'").mapTo(String.class).list());
        assertThat(tables).isNotEmpty().doesNotContain("server_secrets");
        for (String table : tables) {
            long holding = jdbi.withHandle(handle -> handle.createQuery(
                    "SELECT count(*) FROM " + table + " t WHERE strpos(t::text, :secret) > 0 OR strpos(t::text, :hex) > 0")
                    .bind("secret", stored).bind("hex", java.util.HexFormat.of().formatHex(secret)).mapTo(Long.class).one());
            assertThat(holding).as(table).isZero();
        }
        assertThat(Optional.of(keys.previous())).contains(Optional.empty());
    }
}
