package de.foyer.kiosk.refusal;

import de.foyer.kiosk.server.Refused;
import de.foyer.kiosk.text.Language;
import de.foyer.kiosk.text.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RefusalViewModelTest {

    private final List<String> steps = new ArrayList<>();
    private final RefusalViewModel model = new RefusalViewModel(() -> steps.add("home"), () -> steps.add("walk-in"),
            () -> steps.add("code"));

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyRefusalHasItsOwnTitleAndMessageInEveryLanguage(Language language) {
        Texts texts = Texts.of(language);
        Set<String> titles = new HashSet<>();
        Set<String> messages = new HashSet<>();
        for (RefusalKind kind : RefusalKind.values()) {
            model.show(Refusal.of(kind));
            titles.add(model.title(texts));
            messages.add(model.message(texts));
        }
        assertThat(titles).hasSize(RefusalKind.values().length);
        assertThat(messages).hasSize(RefusalKind.values().length);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void wrongDaySaysWhichDayTheAppointmentIsInEveryLanguage(Language language) {
        model.show(Refusal.from(new Refused("WRONG_DAY", "Your appointment is on 2026-11-27, not today.", null, null,
                LocalDateTime.of(2026, 11, 27, 9, 30))));
        Texts texts = Texts.of(language);

        assertThat(model.message(texts)).contains("27").doesNotContain("{0}")
                .isNotEqualTo(texts.get("refusal.WRONG_DAY.message"));
        assertThat(model.highlight(texts)).hasValueSatisfying(highlight -> {
            assertThat(highlight.value()).isEqualTo("27.11.2026");
            assertThat(highlight.label()).isEqualTo(texts.get("refusal.appointmentOn"));
        });
    }

    @Test
    void wrongDayInGermanNamesTheWeekdayAndDate() {
        model.show(Refusal.from(new Refused("WRONG_DAY", "", null, null, LocalDateTime.of(2026, 11, 27, 9, 30))));

        assertThat(model.message(Texts.of(Language.GERMAN))).startsWith("Ihr Termin ist am Freitag, 27. November 2026.");
    }

    @Test
    void wrongDayWithoutTheDayFallsBackToTheGeneralMessage() {
        model.show(Refusal.from(new Refused("WRONG_DAY", "", null, null)));

        assertThat(model.message(Texts.of(Language.GERMAN))).isEqualTo(Texts.of(Language.GERMAN).get("refusal.WRONG_DAY.message"));
        assertThat(model.highlight(Texts.of(Language.GERMAN))).isEmpty();
    }

    @Test
    void tooEarlySaysWhenToComeBack() {
        model.show(Refusal.from(new Refused("TOO_EARLY", "Please check in from 10:20.", LocalDateTime.of(2026, 11, 24, 10, 20), null)));
        Texts german = Texts.of(Language.GERMAN);

        assertThat(model.message(german)).contains("ab 10:20 Uhr");
        assertThat(model.highlight(german)).hasValueSatisfying(highlight -> {
            assertThat(highlight.value()).isEqualTo("10:20");
            assertThat(highlight.time()).isTrue();
        });
        assertThat(model.nextStep()).isEqualTo(RefusalKind.NextStep.NONE);
    }

    @Test
    void tooEarlyWithoutATimeStillSaysWhatToDo() {
        model.show(Refusal.from(new Refused("TOO_EARLY", "early")));
        assertThat(model.message(Texts.of(Language.ENGLISH))).contains("shortly before your appointment");
        assertThat(model.highlight(Texts.of(Language.ENGLISH))).isEmpty();
    }

    @Test
    void alreadyCheckedInShowsTheNumberAgain() {
        model.show(Refusal.from(new Refused("ALREADY_CHECKED_IN", "already", null, "A017")));
        assertThat(model.message(Texts.of(Language.ENGLISH))).startsWith("Here is your number again");
        assertThat(model.highlight(Texts.of(Language.ENGLISH))).hasValueSatisfying(highlight -> {
            assertThat(highlight.value()).isEqualTo("A017");
            assertThat(highlight.time()).isFalse();
        });
    }

    @Test
    void theNextStepFitsTheRefusal() {
        assertThat(EnumSet.allOf(RefusalKind.class)).allSatisfy(kind -> {
            RefusalKind.NextStep expected = switch (kind) {
                case TOO_LATE, CANCELLED, SERVICE_RETIRED -> RefusalKind.NextStep.WALK_IN;
                case UNKNOWN_CODE, INVALID_CODE -> RefusalKind.NextStep.ENTER_CODE;
                default -> RefusalKind.NextStep.NONE;
            };
            assertThat(kind.nextStep()).as(kind.name()).isEqualTo(expected);
        });
    }

    @Test
    void theButtonsLeadWhereTheySay() {
        model.home();
        model.walkIn();
        model.enterCode();
        assertThat(steps).containsExactly("home", "walk-in", "code");
    }

    @Test
    void onlyADayWithoutTicketsNamesTheOtherWays() {
        Texts german = Texts.of(Language.GERMAN);
        for (RefusalKind kind : RefusalKind.values()) {
            model.show(Refusal.of(kind));
            boolean noTickets = kind == RefusalKind.NO_CAPACITY_TODAY || kind == RefusalKind.OFFICE_CLOSED;
            assertThat(model.otherWays(german)).as(kind.name()).hasSize(noTickets ? 3 : 0);
        }
    }

    @Test
    void anUnknownCodeFromANewerServerIsThePlainRefusal() {
        assertThat(RefusalKind.of("SOMETHING_NEW")).isEqualTo(RefusalKind.OTHER);
        assertThat(RefusalKind.of("OTHER")).isEqualTo(RefusalKind.OTHER);
        assertThat(RefusalKind.of(null)).isEqualTo(RefusalKind.OTHER);
        assertThat(RefusalKind.of("WRONG_DAY")).isEqualTo(RefusalKind.WRONG_DAY);
    }
}
