package de.foyer.kiosk.checkin;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CodeEntryViewModelTest {

    private final List<String> submitted = new ArrayList<>();
    private int backs;
    private final CodeEntryViewModel model = new CodeEntryViewModel(submitted::add, () -> backs++);

    @Test
    void theKeyboardHoldsNoCharacterThatLooksLikeAnother() {
        assertThat(model.keys()).hasSize(30).doesNotContain('0', 'O', '1', 'I', 'L', 'U');
    }

    @Test
    void typingTakesOnlyTheAlphabetUpToTheLengthOfACode() {
        "ab0cd-e".chars().forEach(key -> model.type((char) key));
        assertThat(model.code().get()).isEqualTo("ABCDE");
        assertThat(model.grouped().get()).isEqualTo("ABCDE");
        "FGHJKMN".chars().forEach(key -> model.type((char) key));
        assertThat(model.code().get()).isEqualTo("ABCDEFGHJK");
        assertThat(model.grouped().get()).isEqualTo("ABCDE-FGHJK");
    }

    @Test
    void onlyACompleteCodeIsSent() {
        "ABCDEFGHJ".chars().forEach(key -> model.type((char) key));
        assertThat(model.complete().get()).isFalse();
        model.submit();
        assertThat(submitted).isEmpty();

        model.type('9');
        model.submit();
        assertThat(submitted).containsExactly("ABCDEFGHJ9");
    }

    @Test
    void deleteTakesTheLastCharacterAndBackLeaves() {
        model.delete();
        model.type('A');
        model.type('B');
        model.delete();
        assertThat(model.code().get()).isEqualTo("A");
        model.clear();
        assertThat(model.code().get()).isEmpty();
        model.back();
        assertThat(backs).isEqualTo(1);
    }
}
