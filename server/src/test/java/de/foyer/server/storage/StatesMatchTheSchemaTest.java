package de.foyer.server.storage;

import de.foyer.server.booking.BookingStatus;
import de.foyer.server.booking.Channel;
import de.foyer.server.booking.OfferOutcome;
import de.foyer.server.booking.WaitingStatus;
import de.foyer.server.catalogue.CounterState;
import de.foyer.server.devices.DeviceKind;
import de.foyer.server.queue.EndReason;
import de.foyer.server.queue.TicketKind;
import de.foyer.server.queue.TicketStatus;
import de.foyer.server.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every state the code knows is a value the database accepts, and the other way round: an enum
 * constant added without a migration, or a migration without the constant, fails here rather than
 * at the counter on the first ticket that reaches the new state.
 */
class StatesMatchTheSchemaTest {

    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private static Database database;

    @BeforeAll
    static void open() {
        database = TestDatabase.create();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    static Stream<Arguments> checkedColumns() {
        return Stream.of(
                Arguments.of("tickets", "status", TicketStatus.class),
                Arguments.of("tickets", "kind", TicketKind.class),
                Arguments.of("tickets", "end_reason", EndReason.class),
                Arguments.of("bookings", "status", BookingStatus.class),
                Arguments.of("bookings", "channel", Channel.class),
                Arguments.of("waiting_list", "status", WaitingStatus.class),
                Arguments.of("waiting_offers", "outcome", OfferOutcome.class),
                Arguments.of("counters", "state", CounterState.class),
                Arguments.of("devices", "kind", DeviceKind.class));
    }

    @ParameterizedTest(name = "{0}.{1} takes exactly the values of {2}")
    @MethodSource("checkedColumns")
    void theColumnsCheckAndTheEnumNameTheSameStates(String table, String column, Class<? extends Enum<?>> states) {
        String check = database.jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c
                        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
                        WHERE c.contype = 'c' AND c.conrelid = CAST(:table AS regclass) AND a.attname = :column""")
                .bind("table", table).bind("column", column).mapTo(String.class).one());
        Set<String> allowed = new TreeSet<>();
        Matcher quoted = QUOTED.matcher(check);
        while (quoted.find()) {
            allowed.add(quoted.group(1));
        }
        Set<String> known = Arrays.stream(states.getEnumConstants()).map(Enum::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(allowed).as(check).isEqualTo(known);
    }
}
