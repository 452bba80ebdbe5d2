package de.foyer.server;

import com.zaxxer.hikari.HikariDataSource;
import de.foyer.server.staff.Passwords;
import de.foyer.server.storage.Database;
import de.foyer.server.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./foyer admin create|reset-password} as the command line runs them, against a real database
 * named by FOYER_DATABASE_URL; the password comes as one line of standard input (no terminal here).
 */
class AdminCommandTest {

    private static final String PASSWORD = "Lindenallee-42";

    private final Database database = TestDatabase.create();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    @TempDir
    Path dataDir;

    private Map<String, String> environment;

    /** The test's database as an operator names it to the command. */
    @BeforeEach
    void environment() throws SQLException {
        HikariDataSource pool = database.dataSource().unwrap(HikariDataSource.class);
        environment = Map.of("FOYER_DATABASE_URL", pool.getJdbcUrl(),
                "FOYER_DATABASE_USER", pool.getUsername(), "FOYER_DATABASE_PASSWORD", pool.getPassword(),
                "FOYER_DATA_DIR", dataDir.toString());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void createWithAnOfficeJoinsItAndMakesNoSecondOfficeFromATypo() {
        assertThat(run(PASSWORD + "\n", "admin", "create", "jonas", "--office", "bürgerbüro im rathaus")).as(err.toString()).isZero();
        assertThat(out.toString()).isEqualTo("Administrator jonas created in office buergerbuero.\n");

        int exit = run(PASSWORD + "\n", "admin", "create", "jana", "--office", "Buergerbuero", "--state", "nw");
        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("There is no office called 'Buergerbuero'", "Bürgerbüro im Rathaus (buergerbuero)", "/admin");
        int offices = database.jdbi().withHandle(handle -> handle.createQuery("SELECT count(*) FROM offices").mapTo(Integer.class).one());
        assertThat(offices).as("nothing made").isEqualTo(1);
        assertThat(run(PASSWORD + "\n", "admin", "create", "paul", "--state", "XX")).isNotZero();
    }

    @Test
    void createMakesAnAdministratorWithThePasswordFromStandardInput() {
        int exit = run(PASSWORD + "\n", "admin", "create", "anna");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).isEqualTo("Administrator anna created in office buergerbuero.\n");
        assertThat(err.toString()).isEmpty();
        assertThat(hashOf("anna")).hasValueSatisfying(hash -> assertThat(new Passwords().matches(PASSWORD, hash)).isTrue());
        assertThat(roleOf("anna")).contains("ADMIN");
    }

    @Test
    void aSecondCreateOfTheSameNameSaysWhatToDoInstead() {
        assertThat(run(PASSWORD + "\n", "admin", "create", "anna")).isZero();
        String first = hashOf("anna").orElseThrow();

        int exit = run("Kastanienweg-7\n", "admin", "create", "anna");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("Foyer admin create: There is an account called 'anna' already; "
                + "to give it a new password: ./foyer admin reset-password anna\n");
        assertThat(hashOf("anna")).contains(first);
    }

    @Test
    void resetPasswordGivesAnAccountANewOne() {
        int exit = run(PASSWORD + "\n", "admin", "reset-password", "clerk1");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).isEqualTo("New password set for clerk1; its sessions have ended.\n");
        assertThat(new Passwords().matches(PASSWORD, hashOf("clerk1").orElseThrow())).isTrue();
    }

    @Test
    void resetPasswordOfNobodySaysHowToMakeTheAccount() {
        int exit = run(PASSWORD + "\n", "admin", "reset-password", "nobody");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("Foyer admin reset-password: There is no account called 'nobody'; "
                + "to make one: ./foyer admin create nobody\n");
    }

    @Test
    void aPasswordIsNeverTakenFromTheCommandLine() {
        assertThat(run("", "admin", "create", "anna", "--password", PASSWORD)).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option", "'--password'", "Usage: foyer admin create");
        assertThat(run("", "admin", "create", "anna", PASSWORD)).isEqualTo(2);
        assertThat(err.toString()).contains("Unmatched argument");
        assertThat(hashOf("anna")).isEmpty();
    }

    @Test
    void withoutAPasswordOnStandardInputNothingIsMade() {
        int exit = run("", "admin", "create", "anna");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).startsWith("Foyer admin create: no password on standard input;");
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(hashOf("anna")).isEmpty();
    }

    @Test
    void aShortPasswordIsRefusedInOneSentence() {
        int exit = run("kurz\n", "admin", "create", "anna");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("Foyer admin create: The password needs at least 12 characters.\n");
        assertThat(hashOf("anna")).isEmpty();
    }

    @Test
    void onlyTheFirstLineOfStandardInputIsThePassword() {
        assertThat(run(PASSWORD + "\nsomething else\n", "admin", "create", "anna")).isZero();

        assertThat(new Passwords().matches(PASSWORD, hashOf("anna").orElseThrow())).isTrue();
    }

    private int run(String standardInput, String... arguments) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        PasswordInput input = new PasswordInput(null, new ByteArrayInputStream(standardInput.getBytes(StandardCharsets.UTF_8)));
        CommandLine line = new Main(environment, input).commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(arguments);
    }

    private Optional<String> hashOf(String username) {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT password_hash FROM clerks WHERE username = :name")
                .bind("name", username).mapTo(String.class).findOne());
    }

    private Optional<String> roleOf(String username) {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT role FROM clerks WHERE username = :name")
                .bind("name", username).mapTo(String.class).findOne());
    }
}
