package de.foyer.server.staff;

import de.foyer.protocol.OfficeInfo;
import de.foyer.server.catalogue.CatalogueService;
import de.foyer.server.catalogue.GermanState;
import de.foyer.server.catalogue.Office;
import de.foyer.server.demo.DemoOffice;
import de.foyer.server.storage.Database;
import de.foyer.server.testing.MutableClock;
import de.foyer.server.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Installation administrators made from the command line, in a real database with the demo office. */
class AdministratorsTest {

    private static final String PASSWORD = "Lindenallee-42";

    private final Database database = TestDatabase.create();
    private final Jdbi jdbi = database.jdbi();
    private final Passwords passwords = new Passwords();
    private final Administrators administrators = new Administrators(jdbi, new CatalogueService(jdbi), passwords,
            PasswordRule.standard(), MutableClock.tuesdayMorning());

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void anAdministratorIsMadeInTheOnlyOfficeWithAHashedPassword() throws Exception {
        String office = administrators.create("  Anna.Schmidt ", PASSWORD);

        assertThat(office).isEqualTo(DemoOffice.OFFICE);
        ClerkAccount account = account("anna.schmidt");
        assertThat(account.role()).isEqualTo(Role.ADMIN.name());
        assertThat(account.officeId()).isEqualTo(DemoOffice.OFFICE);
        assertThat(account.active()).isTrue();
        assertThat(account.passwordHash()).isNotEqualTo(PASSWORD);
        assertThat(passwords.matches(PASSWORD, account.passwordHash())).isTrue();
        assertThat(audited("ADMIN_CREATED")).containsExactly("anna.schmidt");
    }

    @Test
    void theFirstOfficeOfAnEmptyInstallationIsMadeWithItsStateOnly() throws Exception {
        try (Database empty = TestDatabase.createEmpty()) {
            Administrators first = new Administrators(empty.jdbi(), new CatalogueService(empty.jdbi()), passwords,
                    PasswordRule.standard(), MutableClock.tuesdayMorning());

            assertThatThrownBy(() -> first.create("anna", PASSWORD, new Administrators.OfficeChoice("Bürgerbüro", null)))
                    .isInstanceOf(Administrators.Refused.class).hasMessageContaining("--state");
            assertThat(first.create("anna", PASSWORD, new Administrators.OfficeChoice("Bürgerbüro", GermanState.NW))).isEqualTo("buergerbuero");
        }
    }

    @Test
    void aSecondAccountOfTheSameNameIsRefusedAndTheFirstKeepsItsPassword() throws Exception {
        administrators.create("anna", PASSWORD);

        assertThatThrownBy(() -> administrators.create("ANNA", "Kastanienweg-7"))
                .isInstanceOf(Administrators.Refused.class)
                .hasMessage("There is an account called 'anna' already; to give it a new password: ./foyer admin reset-password anna");
        assertThat(passwords.matches(PASSWORD, account("anna").passwordHash())).isTrue();
        assertThat(audited("ADMIN_CREATED")).containsExactly("anna");
    }

    @Test
    void withSeveralOfficesATakenNameIsSaidFirstAndAStateIsNotQuietlyIgnored() {
        new CatalogueService(jdbi).createOffice("Jugendamt", GermanState.NW, Office.DEFAULT_ZONE);

        assertThatThrownBy(() -> administrators.create("clerk1", PASSWORD))
                .isInstanceOf(Administrators.Refused.class).hasMessageContaining("There is an account called 'clerk1' already");
        assertThatThrownBy(() -> administrators.create("jens", PASSWORD, new Administrators.OfficeChoice("jugendamt", GermanState.BY)))
                .isInstanceOf(Administrators.Refused.class).hasMessageContaining("Jugendamt exists and lies in NW");
        assertThat(exists("jens")).isFalse();
    }

    @Test
    void anExistingClerkIsNotTurnedIntoAnAdministrator() {
        assertThatThrownBy(() -> administrators.create("clerk1", PASSWORD))
                .isInstanceOf(Administrators.Refused.class)
                .hasMessageContaining("There is an account called 'clerk1' already");
        assertThat(account("clerk1").role()).isEqualTo(Role.CLERK.name());
    }

    @Test
    void aWeakPasswordMakesNoAccount() {
        assertThatThrownBy(() -> administrators.create("anna", "kurz"))
                .isInstanceOf(Administrators.Refused.class).hasMessage("The password needs at least 12 characters.");
        assertThatThrownBy(() -> administrators.create("anna", "Passwort1234"))
                .isInstanceOf(Administrators.Refused.class).hasMessageContaining("one of the first an attacker tries");
        assertThatThrownBy(() -> administrators.create("anna", null))
                .isInstanceOf(Administrators.Refused.class).hasMessage("No password was given.");
        assertThat(exists("anna")).isFalse();
    }

    @Test
    void aUsernameIsShortPlainAndLowerCase() {
        for (String name : List.of("a", "", "anna schmidt", "anna;drop", "x".repeat(61))) {
            assertThatThrownBy(() -> administrators.create(name, PASSWORD)).as(name)
                    .isInstanceOf(Administrators.Refused.class)
                    .hasMessage("A username has 2 to 60 letters, digits, dots, dashes or underscores.");
        }
    }

    @Test
    void aNewPasswordEndsTheSessionsAndLiftsTheLockOut() throws Exception {
        Instant now = MutableClock.tuesdayMorning().instant();
        jdbi.useTransaction(handle -> {
            ClerkDao clerks = new ClerkDao(handle);
            clerks.insertSession("token-hash", "clerk1", "csrf", now, now.plusSeconds(3600));
            clerks.lockLoginAttempts(LoginThrottle.key("clerk1"));
            clerks.saveLoginAttempts(LoginThrottle.key("clerk1"), new LoginThrottle.State(10, now, now.plusSeconds(900)));
        });

        assertThat(lockOut("clerk1")).isPresent();
        assertThat(session("token-hash", now)).isPresent();

        administrators.resetPassword("Clerk1", PASSWORD);

        assertThat(passwords.matches(PASSWORD, account("clerk1").passwordHash())).isTrue();
        assertThat(passwords.matches(TestDatabase.SECRET, account("clerk1").passwordHash())).isFalse();
        assertThat(session("token-hash", now)).isEmpty();
        assertThat(lockOut("clerk1")).isEmpty();
        assertThat(audited("CLERK_PASSWORD_SET")).containsExactly("clerk1");
    }

    @Test
    void noPasswordIsSetForAnAccountThatDoesNotExist() {
        assertThatThrownBy(() -> administrators.resetPassword("nobody", PASSWORD))
                .isInstanceOf(Administrators.Refused.class)
                .hasMessage("There is no account called 'nobody'; to make one: ./foyer admin create nobody");
    }

    @Test
    void aWeakNewPasswordLeavesTheOldOne() {
        assertThatThrownBy(() -> administrators.resetPassword("clerk1", "admin1234567"))
                .isInstanceOf(Administrators.Refused.class);
        assertThat(passwords.matches(TestDatabase.SECRET, account("clerk1").passwordHash())).isTrue();
    }

    @Test
    void theCommandLineCannotChooseBetweenOfficesOrInventOne() throws Exception {
        assertThat(Administrators.onlyOffice(List.of(office("rathaus")))).isEqualTo("rathaus");
        assertThatThrownBy(() -> Administrators.onlyOffice(List.of()))
                .isInstanceOf(Administrators.Refused.class).hasMessageContaining("There is no office yet");
        assertThatThrownBy(() -> Administrators.onlyOffice(List.of(office("rathaus"), office("jugendamt"))))
                .isInstanceOf(Administrators.Refused.class).hasMessageContaining("There are 2 offices");
    }

    private static OfficeInfo office(String id) {
        return new OfficeInfo(id, id, "Europe/Berlin", List.of());
    }

    private ClerkAccount account(String username) {
        return jdbi.withHandle(handle -> new ClerkDao(handle).byUsername(username).orElseThrow());
    }

    private Optional<LoginThrottle.State> lockOut(String username) {
        return jdbi.withHandle(handle -> new ClerkDao(handle).loginAttempts(LoginThrottle.key(username)));
    }

    private Optional<ClerkDao.SessionRow> session(String tokenHash, Instant now) {
        return jdbi.withHandle(handle -> new ClerkDao(handle).session(tokenHash, now));
    }

    private boolean exists(String username) {
        return jdbi.withHandle(handle -> new ClerkDao(handle).byUsername(username).isPresent());
    }

    private List<String> audited(String action) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT subject FROM audit_log WHERE action = :action ORDER BY id")
                .bind("action", action).mapTo(String.class).list());
    }
}
