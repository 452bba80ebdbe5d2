package de.foyer.server.booking;

import de.foyer.server.portal.PortalClient;
import de.foyer.server.testing.Http;
import de.foyer.server.web.RateLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The waiting list's form as a citizen fills it in: every gap named at once, dates as typed, the mailbox's budget at its field. */
class WaitingListFormTest {

    private static final String FORM = "/services/anmeldung/waiting-list";

    // One server for the class: each test writes from mailboxes of its own.
    private static BookingTestServer server;
    private static PortalClient portal;

    @BeforeAll
    static void start() {
        server = BookingTestServer.start(BookingTestServer.settings(), new RateLimits.Budgets(100_000, 100_000, 2, 100_000));
        portal = new PortalClient(server.http);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyMissingFieldIsNamedAtOnce() {
        Http.Response empty = portal.post(FORM, Map.of("persons", "1"));
        assertThat(empty.status()).isEqualTo(400);
        for (String field : new String[]{"firstDay", "lastDay", "name", "email", "consent"}) {
            assertThat(empty.body()).as(field).contains("id=\"" + field + "-error\"");
        }
    }

    @Test
    void datesAndTimesAreReadAsPeopleTypeThem() {
        Http.Response joined = portal.post(FORM, form("25.11.2026", "27.11.2026", "9:30", "14 Uhr", "typed@example.de"));
        assertThat(joined.status()).as(joined.body()).isEqualTo(303);
        assertThat(joined.raw().headers().firstValue("Location")).hasValueSatisfying(sent -> assertThat(sent).endsWith("example.de"));
        assertThat(server.count("waiting_list WHERE email = 'typed@example.de' AND first_day = '2026-11-25' AND last_day = '2026-11-27'"
                + " AND earliest = '09:30' AND latest = '14:00'")).isEqualTo(1);

        Http.Response unreadable = portal.post(FORM, form("25.11.2026", "someday", "9:30", "noon", "typed@example.de"));
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.body()).contains("id=\"lastDay-error\"", "id=\"latest-error\"")
                .as("what was read is kept, in the input's own form").contains("value=\"2026-11-25\"", "value=\"09:30\"");
    }

    @Test
    void aMailboxThatWasWrittenToOftenIsToldAtItsFieldAndNothingTypedIsLost() {
        for (int i = 0; i < 2; i++) {
            assertThat(portal.post(FORM, form("2026-11-25", "2026-11-27", "", "", "often@example.de")).status()).isEqualTo(303);
        }
        Http.Response refused = portal.post(FORM, form("2026-11-25", "2026-11-27", "", "", "often@example.de"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"email-error\"", "in einer Stunde", "value=\"often@example.de\"", "value=\"2026-11-27\"");
    }

    @Test
    void wishesTheOfficeCanNeverMeetAreRefusedWithTheFormKept() {
        Http.Response sunday = portal.post(FORM, form("2026-11-29", "2026-11-29", "", "", "sunday@example.de"));
        assertThat(sunday.status()).isEqualTo(400);
        assertThat(sunday.body()).contains("geschlossen", "value=\"sunday@example.de\"");
        Http.Response night = portal.post(FORM, form("2026-11-25", "2026-11-27", "22:00", "23:00", "night@example.de"));
        assertThat(night.status()).isEqualTo(400);
        assertThat(night.body()).contains("geschlossen");
        assertThat(portal.post(FORM, form("2026-11-28", "2026-11-29", "11:45", "", "saturday@example.de")).status())
                .as("Saturday until 12, a start at 11:45 or later").isEqualTo(303);
        assertThat(server.count("waiting_list WHERE email IN ('sunday@example.de', 'night@example.de', 'saturday@example.de')"))
                .isEqualTo(1);
    }

    private static Map<String, String> form(String firstDay, String lastDay, String earliest, String latest, String email) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("persons", "1");
        form.put("firstDay", firstDay);
        form.put("lastDay", lastDay);
        form.put("earliest", earliest);
        form.put("latest", latest);
        form.put("name", "Erika Mustermann");
        form.put("email", email);
        form.put("consent", "yes");
        return form;
    }
}
