package de.foyer.server.booking;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvReaderTest {

    @Test
    void readsCommasQuotesAndEmptyLines() {
        List<List<String>> records = CsvReader.read("code,name\r\nA1,\"Muster, Erika\"\n\nB2,\"Say \"\"hi\"\"\"\n");

        assertThat(records.get(0)).containsExactly("code", "name");
        assertThat(records.get(1)).containsExactly("A1", "Muster, Erika");
        assertThat(records.get(2)).isEmpty();
        assertThat(records.get(3)).containsExactly("B2", "Say \"hi\"");
    }

    @Test
    void germanSpreadsheetsUseSemicolons() {
        List<List<String>> records = CsvReader.read("code;name\nA1;Müller, Jan\n");

        assertThat(records.get(1)).containsExactly("A1", "Müller, Jan");
    }
}
