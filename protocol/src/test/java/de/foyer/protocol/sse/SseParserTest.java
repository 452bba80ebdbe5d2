package de.foyer.protocol.sse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseParserTest {

    private final SseParser parser = new SseParser("");

    private List<SseEvent> feed(String... lines) {
        List<SseEvent> events = new ArrayList<>();
        for (String line : lines) {
            parser.accept(line).ifPresent(events::add);
        }
        return events;
    }

    @Test
    void blankLineDispatchesAnEventWithDefaultName() {
        assertThat(feed("data: hello", "")).containsExactly(new SseEvent("message", "hello", ""));
    }

    @Test
    void eventFieldNamesTheEvent() {
        assertThat(feed("event: call", "data: {\"ticket\":\"A017\"}", ""))
                .containsExactly(new SseEvent("call", "{\"ticket\":\"A017\"}", ""));
    }

    @Test
    void dataLinesAreJoinedWithNewlineWithoutATrailingOne() {
        assertThat(feed("data: first", "data: second", "data:", "data: fourth", ""))
                .extracting(SseEvent::data)
                .containsExactly("first\nsecond\n\nfourth");
    }

    @Test
    void onlyOneSpaceAfterTheColonIsRemoved() {
        assertThat(feed("data:no space", "", "data:  two spaces", ""))
                .extracting(SseEvent::data)
                .containsExactly("no space", " two spaces");
    }

    @Test
    void aFieldWithoutColonHasAnEmptyValue() {
        assertThat(feed("data", "data", "")).extracting(SseEvent::data).containsExactly("\n");
    }

    @Test
    void colonsAfterTheFirstBelongToTheValue() {
        assertThat(feed("data: at 10:15: A017", "")).extracting(SseEvent::data)
                .containsExactly("at 10:15: A017");
    }

    @Test
    void commentsAreIgnoredAndDoNotDispatch() {
        assertThat(feed(": heartbeat", "", "data: x", ": in between", "data: y", ""))
                .extracting(SseEvent::data)
                .containsExactly("x\ny");
    }

    @Test
    void blankLineWithoutDataDispatchesNothingAndForgetsTheEventName() {
        assertThat(feed("event: state", "", "data: later", ""))
                .containsExactly(new SseEvent("message", "later", ""));
    }

    @Test
    void unknownFieldsAreIgnored() {
        assertThat(feed("colour: red", "Data: wrong case", "data: kept", ""))
                .extracting(SseEvent::data).containsExactly("kept");
    }

    @Test
    void anEventWithoutClosingBlankLineIsNotDispatched() {
        assertThat(feed("event: call", "data: cut off")).isEmpty();
    }

    @Test
    void idCarriesOverToLaterEventsAndBecomesTheLastEventId() {
        assertThat(feed("id: 7", "data: a", "", "data: b", ""))
                .extracting(SseEvent::id).containsExactly("7", "7");
        assertThat(parser.lastEventId()).isEqualTo("7");
    }

    @Test
    void anEmptyIdClearsTheLastEventId() {
        feed("id: 7", "data: a", "", "id", "data: b", "");
        assertThat(parser.lastEventId()).isEmpty();
    }

    @Test
    void anIdWithNulIsIgnored() {
        assertThat(feed("id: 7", "data: a", "", "id: 8\0", "data: b", ""))
                .extracting(SseEvent::id).containsExactly("7", "7");
    }

    @Test
    void anIdCountsOnlyOnceItsEventIsComplete() {
        feed("id: 7", "data: a", "", "id: 8", "data: cut off");
        assertThat(parser.lastEventId()).isEqualTo("7");
    }

    @Test
    void anIdWithoutDataStillCountsAtTheBlankLine() {
        assertThat(feed("id: 9", "")).isEmpty();
        assertThat(parser.lastEventId()).isEqualTo("9");
    }

    @Test
    void theLastEventIdOfAnEarlierConnectionIsKept() {
        SseParser afterReconnect = new SseParser("41");
        assertThat(afterReconnect.accept("data: x")).isEmpty();
        assertThat(afterReconnect.accept("")).contains(new SseEvent("message", "x", "41"));
        assertThat(afterReconnect.lastEventId()).isEqualTo("41");
    }

    @Test
    void retryWithDigitsSetsTheReconnectionTime() {
        feed("retry: 3000");
        assertThat(parser.reconnectionTime()).contains(Duration.ofSeconds(3));
    }

    @Test
    void retryWithAnythingButDigitsIsIgnored() {
        feed("retry: 3s", "retry: -1", "retry: 1.5", "retry:");
        assertThat(parser.reconnectionTime()).isEmpty();
    }

    @Test
    void aLeadingByteOrderMarkIsDropped() {
        assertThat(feed("\uFEFFdata: x", "")).extracting(SseEvent::data).containsExactly("x");
    }

    @Test
    void onlyTheFirstLineMayCarryAByteOrderMark() {
        assertThat(feed("data: x", "\uFEFFdata: y", "")).extracting(SseEvent::data)
                .containsExactly("x");
    }

    @Test
    void eventsKeepTheirOrder() {
        assertThat(feed("event: state", "data: s", "", "event: call", "data: c", "",
                "event: recall", "data: r", ""))
                .extracting(SseEvent::name)
                .containsExactly("state", "call", "recall");
    }
}
