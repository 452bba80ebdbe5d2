package de.foyer.hardware.printer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RealTimeStatusTest {

    private static final int READY = 0x12;

    @Test
    void readyWhenNoBitIsSet() {
        assertThat(RealTimeStatus.decode(READY, READY, READY)).isEqualTo(PrinterStatus.OK);
    }

    @Test
    void paperEndWinsOverOfflineBecauseAnEmptyRollAlsoStopsThePrinter() {
        assertThat(RealTimeStatus.decode(READY | 0x08, READY | 0x20, READY | 0x60)).isEqualTo(PrinterStatus.PAPER_OUT);
        assertThat(RealTimeStatus.decode(READY, READY, READY | 0x60)).isEqualTo(PrinterStatus.PAPER_OUT);
        assertThat(RealTimeStatus.decode(READY, READY | 0x20, READY)).isEqualTo(PrinterStatus.PAPER_OUT);
    }

    @Test
    void nearEndIsPaperLow() {
        assertThat(RealTimeStatus.decode(READY, READY, READY | 0x0C)).isEqualTo(PrinterStatus.PAPER_LOW);
    }

    @Test
    void coverOpen() {
        assertThat(RealTimeStatus.decode(READY | 0x08, READY | 0x04, READY)).isEqualTo(PrinterStatus.COVER_OPEN);
    }

    @Test
    void offlineOrErrorIsOffline() {
        assertThat(RealTimeStatus.decode(READY | 0x08, READY, READY)).isEqualTo(PrinterStatus.OFFLINE);
        assertThat(RealTimeStatus.decode(READY, READY | 0x40, READY)).isEqualTo(PrinterStatus.OFFLINE);
    }

    @Test
    void anAnswerWithoutTheFixedBitsIsNoStatusAtAll() {
        assertThat(RealTimeStatus.decode(0x00, READY, READY)).isEqualTo(PrinterStatus.OFFLINE);
        assertThat(RealTimeStatus.decode(READY, READY, 0xFF)).isEqualTo(PrinterStatus.OFFLINE);
    }
}
