package de.foyer.server.staff;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordRuleTest {

    private final PasswordRule rule = PasswordRule.standard();

    @Test
    void twelveCharactersAreEnoughAndElevenAreNot() {
        assertThat(rule.refusal("Kastanie-17!")).isEmpty();
        assertThat(rule.refusal("Kastanie-17")).contains("The password needs at least 12 characters.");
        assertThat(rule.refusal("")).contains("The password needs at least 12 characters.");
    }

    @Test
    void charactersAreCountedAsTypedNotAsJavaChars() {
        // Each key is one character typed but two chars in a Java string.
        assertThat(rule.refusal("🔑".repeat(11))).contains("The password needs at least 12 characters.");
        assertThat(rule.refusal("🔑".repeat(12))).isEmpty();
    }

    @Test
    void aPasswordHasAnUpperBound() {
        assertThat(rule.refusal("x".repeat(200))).isEmpty();
        assertThat(rule.refusal("x".repeat(201))).contains("The password may have at most 200 characters.");
    }

    @Test
    void theCommonPasswordsAreRefusedWhateverTheirCase() {
        for (String common : List.of("password1234", "Passwort1234", "ADMINISTRATOR", "Bürgerbüro123", "FUSSBALL1234", "Willkommen123")) {
            assertThat(rule.refusal(common)).as(common).contains("This password is one of the first an attacker tries; choose another.");
        }
    }

    @Test
    void spacesAroundACommonPasswordDoNotMakeItAnother() {
        assertThat(rule.refusal("  password1234 ")).isPresent();
    }

    @Test
    void aPasswordThatOnlyContainsACommonOneIsItsOwn() {
        assertThat(rule.refusal("password1234-Linde")).isEmpty();
    }

    @Test
    void aRuleWithAnotherListRefusesThatList() {
        PasswordRule own = new PasswordRule(Set.of("Rathausplatz1"));

        assertThat(own.refusal("rathausplatz1")).isPresent();
        assertThat(own.refusal("password1234")).isEmpty();
    }

    /** A listed password shorter than the rule's minimum is refused for its length and never reaches the list. */
    @Test
    void everyListedPasswordIsLongEnoughToMatter() throws IOException {
        for (String listed : listed()) {
            assertThat(listed.codePointCount(0, listed.length())).as(listed).isGreaterThanOrEqualTo(PasswordRule.SHORTEST);
            assertThat(rule.refusal(listed)).as(listed).contains("This password is one of the first an attacker tries; choose another.");
        }
    }

    private static List<String> listed() throws IOException {
        try (InputStream in = PasswordRule.class.getResourceAsStream("common-passwords.txt")) {
            assertThat(in).isNotNull();
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
            assertThat(lines).hasSizeGreaterThan(40);
            return lines;
        }
    }
}
