package de.foyer.server.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTableTest {

    @Test
    void readsCommasQuotesAndSkipsEmptyLinesKeepingTheLineNumbers() {
        CsvTable table = CsvTable.read("Code,Name\r\nA1,\"Muster, Erika\"\n\nB2,\"Say \"\"hi\"\"\"\n");

        assertThat(table.columns()).containsExactly("code", "name");
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).get("name")).isEqualTo("Muster, Erika");
        assertThat(table.rows().get(1).line()).as("after the empty line 3").isEqualTo(4);
        assertThat(table.rows().get(1).get("name")).isEqualTo("Say \"hi\"");
    }

    @Test
    void germanSpreadsheetsUseSemicolonsAndMayStartWithAByteOrderMark() {
        CsvTable table = CsvTable.read("\uFEFFcode;name\nA1;Müller, Jan\n");

        assertThat(table.columns()).containsExactly("code", "name");
        assertThat(table.rows().get(0).get("name")).isEqualTo("Müller, Jan");
    }

    @Test
    void aQuotedFieldMayHoldALineBreakAndTheNextRowKnowsItsLine() {
        CsvTable table = CsvTable.read("name;information\nPass;\"Bitte mitbringen:\nFoto; alter Pass\"\nAusweis;\n");

        assertThat(table.rows().get(0).get("information")).isEqualTo("Bitte mitbringen:\nFoto; alter Pass");
        assertThat(table.rows().get(1).line()).isEqualTo(4);
        assertThat(table.rows().get(1).get("information")).isNull();
        assertThat(List.of(table.rows().get(0).line())).containsExactly(2);
    }

    @Test
    void anUnclosedQuoteIsRefusedWithACode() {
        assertThatThrownBy(() -> CsvTable.read("name\n\"Pass\n"))
                .isInstanceOfSatisfying(ApiException.class, refusal -> assertThat(refusal.code()).isEqualTo("CSV_MALFORMED"));
    }

    @Test
    void aFileSavedAsPlainCsvByGermanExcelKeepsItsUmlauts() {
        byte[] excel = "category;name\nMeldewesen;Gebühren für Bescheinigungen\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        byte[] utf8 = "category;name\nMeldewesen;Gebühren für Bescheinigungen\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(CsvTable.read(CsvTable.text(excel)).rows().get(0).get("name")).isEqualTo("Gebühren für Bescheinigungen");
        assertThat(CsvTable.read(CsvTable.text(utf8)).rows().get(0).get("name")).isEqualTo("Gebühren für Bescheinigungen");
    }
}
