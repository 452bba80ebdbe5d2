package de.foyer.server.admin;

import de.foyer.server.catalogue.CatalogueService;
import de.foyer.server.staff.Administrators;
import de.foyer.server.staff.ClerkDirectory;
import de.foyer.server.staff.PasswordRule;
import de.foyer.server.staff.Passwords;
import de.foyer.server.storage.Database;
import de.foyer.server.testing.MutableClock;
import de.foyer.server.testing.TestDatabase;
import de.foyer.server.web.Bilingual;
import de.foyer.server.web.Texts;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class AuditPageTest {

    private final Bilingual words = Texts.germanAndEnglish("staff.texts").bilingual();
    private final AuditPage page = new AuditPage(words);

    @Test
    void actionsAreSortedByTheirGermanNameAfterEverything() {
        List<Choice> choices = page.actionChoices("CALL");

        assertThat(choices.get(0)).isEqualTo(new Choice("", words.both("audit.everything"), false));
        List<String> german = choices.subList(1, choices.size()).stream().map(choice -> choice.label().split(" / ")[0]).toList();
        assertThat(german).isSorted();
        assertThat(choices).filteredOn(Choice::selected).extracting(Choice::value).containsExactly("CALL");
        assertThat(choices).extracting(Choice::value).doesNotContain("everything", "everybody");
    }

    @Test
    void anUnknownActionAskedForStaysSelectable() {
        List<Choice> choices = page.actionChoices("NOPE");

        assertThat(choices.get(1)).isEqualTo(new Choice("NOPE", "NOPE", true));
        assertThat(choices).filteredOn(Choice::selected).hasSize(1);
    }

    @Test
    void entriesAreShownInTheOfficesTimeAndUnknownActionsByTheirCode() {
        AuditTrail.Page trail = new AuditTrail.Page(LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 24), "clerk1", null, List.of(
                new AuditTrail.Entry(1, Instant.parse("2026-11-24T09:00:00Z"), "clerk1", "Sachbearbeitung 1", "CALL", "A001", ""),
                new AuditTrail.Entry(2, Instant.parse("2026-11-24T09:00:01Z"), "clerk1", "Sachbearbeitung 1", "SOMETHING_NEW", "", "")),
                false);

        AuditPageView view = page.view(null, trail, false, List.of(new ClerkDirectory.Person("clerk1", "Sachbearbeitung 1"),
                new ClerkDirectory.Person("clerk2", "Sachbearbeitung 2")), "clerk1", ZoneId.of("Europe/Berlin"));

        assertThat(view.from()).isEqualTo("2026-11-18");
        assertThat(view.rows().get(0).when()).isEqualTo("24.11.2026 10:00:00");
        assertThat(view.rows().get(0).actionKey()).isEqualTo("audit.CALL");
        assertThat(view.rows().get(1).actionKey()).isNull();
        assertThat(view.clerks()).extracting(Choice::label)
                .containsExactly(words.both("audit.everybody"), "Sachbearbeitung 1 (clerk1)", "Sachbearbeitung 2 (clerk2)");
        assertThat(view.clerks()).filteredOn(Choice::selected).extracting(Choice::value).containsExactly("clerk1");
    }

    /** What was done on the server's command line has no account: the log is read from the database and says so. */
    @Test
    void whatTheCommandLineDidIsInTheLogToo() throws Exception {
        try (Database database = TestDatabase.create()) {
            new Administrators(database.jdbi(), new CatalogueService(database.jdbi()), new Passwords(), PasswordRule.standard(),
                    MutableClock.tuesdayMorning()).create("anna", "Lindenallee-42");
            AuditTrail.Page trail = new AuditTrail(database.jdbi(), MutableClock.tuesdayMorning())
                    .read("buergerbuero", null, null, null, "ADMIN_CREATED");

            assertThat(trail.entries()).extracting(AuditTrail.Entry::subject).containsExactly("anna");
            AuditPageView.Row row = page.view(null, trail, false, List.of(), null, ZoneId.of("Europe/Berlin")).rows().get(0);
            assertThat(row.displayName()).isEqualTo(words.both("audit.commandLine"));
            assertThat(row.username()).isEmpty();
        }
    }

    /** Every action the server writes into the log is named on the page, in German and English, not shown by its code. */
    @Test
    void everyActionTheServerRecordsHasItsName() throws IOException {
        Pattern recorded = Pattern.compile("(?:\\.record\\([^;]*?|audit\\(handle, [^;]*?)\"([A-Z][A-Z_]*[A-Z])\"");
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher found = recorded.matcher(Files.readString(file));
                while (found.find()) {
                    codes.add(found.group(1));
                }
            }
        }
        assertThat(codes).as("actions found in the sources").contains("LOGIN", "REVOKE_DEVICE", "SETTINGS_SERVICE_RETIRED");
        assertThat(codes).allSatisfy(code -> {
            assertThat(words.german().has("audit." + code)).as(code + " in German").isTrue();
            assertThat(words.both("audit." + code)).as(code + " in English").doesNotContain("audit.");
        });
    }
}
