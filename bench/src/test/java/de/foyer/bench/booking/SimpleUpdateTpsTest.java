package de.foyer.bench.booking;

import de.foyer.bench.server.SharedPostgres;
import de.foyer.server.storage.Database;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Where pgbench is not installed, the yardstick is the same transaction from JDBC. */
class SimpleUpdateTpsTest {

    @Test
    void theJdbcLoopCommitsTransactionsAndLogsEachInTheHistory() throws Exception {
        try (Database database = SharedPostgres.database("tps")) {
            double tps = SimpleUpdateTps.jdbcLoop(database, Duration.ofSeconds(1));

            int history = database.jdbi().withHandle(handle -> handle.createQuery("SELECT count(*) FROM history").mapTo(Integer.class).one());
            assertThat(tps).isPositive();
            assertThat(history).isEqualTo((int) Math.round(tps * 1.0));
        }
    }
}
