package de.foyer.bench.day;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;

class WaitChartTest {

    @Test
    void drawsEveryCitizenAndEveryLineAsWellFormedSvg() throws Exception {
        List<WaitChart.Dot> dots = List.of(new WaitChart.Dot(8 * 60 + 5, 3, true), new WaitChart.Dot(9 * 60, 27, false));
        List<WaitChart.Line> lines = List.of(new WaitChart.Line("walk-in <mean>", WaitChart.WALK_IN, true,
                List.of(new double[] {8 * 60 + 15, 2}, new double[] {8 * 60 + 45, 12})));

        String svg = new WaitChart().draw("Waits & more", "a day", 8, 16, dots, lines);

        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getElementsByTagName("circle").getLength()).as("two dots and two legend marks").isEqualTo(4);
        assertThat(document.getElementsByTagName("path").getLength()).isEqualTo(1);
        assertThat(svg).contains("walk-in &lt;mean&gt;", "16:00", ">50<");
    }

    @Test
    void scalesToRoundNumbers() {
        assertThat(WaitChart.niceCeiling(3)).isEqualTo(10);
        assertThat(WaitChart.niceCeiling(27)).isEqualTo(50);
        assertThat(WaitChart.niceCeiling(101)).isEqualTo(200);
    }
}
