package de.foyer.server.storage;

import de.foyer.server.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded PostgreSQL takes passwords only, on loopback only, and the application is no superuser. */
class LockedDownDatabaseTest {

    private final EmbeddedDatabase postgres = TestDatabase.cluster();

    @Test
    void connectingWithoutThePasswordIsRefusedForEveryRole() {
        for (String user : new String[]{"postgres", EmbeddedDatabase.APP_ROLE}) {
            assertThatThrownBy(() -> connect(user, null).close()).as(user)
                    .isInstanceOf(PSQLException.class)
                    .hasMessageContaining("password");
            assertThatThrownBy(() -> connect(user, "guessed").close()).as(user)
                    .isInstanceOf(PSQLException.class)
                    .hasMessageContaining("password authentication failed");
        }
    }

    @Test
    void theApplicationRoleOwnsItsDatabaseButCannotRunShellCommands() throws Exception {
        Path marker = Files.createTempDirectory("foyer-copy").resolve("ran");
        try (Connection app = connect(EmbeddedDatabase.APP_ROLE, postgres.appPassword()); Statement sql = app.createStatement()) {
            try (ResultSet row = sql.executeQuery("SELECT rolsuper, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = current_user")) {
                row.next();
                assertThat(row.getBoolean(1) || row.getBoolean(2) || row.getBoolean(3)).isFalse();
            }
            try (ResultSet row = sql.executeQuery("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()")) {
                row.next();
                assertThat(row.getString(1)).isEqualTo(EmbeddedDatabase.APP_ROLE);
            }
            assertThatThrownBy(() -> sql.execute("COPY (SELECT 1) TO PROGRAM 'touch " + marker + "'"))
                    .isInstanceOf(PSQLException.class)
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> sql.execute("SELECT pg_read_file('/etc/passwd')"))
                    .isInstanceOf(PSQLException.class);
        }
        assertThat(marker).doesNotExist();
    }

    @Test
    void itListensOnLoopbackOnlyAndThePasswordsAreTheOwnersAlone() throws Exception {
        try (Connection admin = postgres.superuserDataSource("postgres").getConnection(); Statement sql = admin.createStatement();
             ResultSet row = sql.executeQuery("SELECT current_setting('listen_addresses'), "
                     + "(SELECT count(*) FROM pg_hba_file_rules WHERE auth_method NOT IN ('scram-sha-256', 'reject'))")) {
            row.next();
            assertThat(row.getString(1)).isEqualTo("localhost");
            assertThat(row.getInt(2)).as("pg_hba rules other than SCRAM").isZero();
        }
        Path credentials = postgres.directory().getParent().resolve(DatabaseCredentials.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials))).isEqualTo("rw-------");
        assertThat(Files.readString(credentials)).contains(postgres.appPassword());
    }

    private Connection connect(String user, String password) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(postgres.jdbcUrl(EmbeddedDatabase.APP_DATABASE), properties);
    }
}
