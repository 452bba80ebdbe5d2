package de.foyer.server.admin;

import de.foyer.server.staff.PasswordRule;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormsTest {

    @Test
    void formsAreNumberedInOrderAndTheirFieldsIdsAreUniqueOnThePage() {
        Forms forms = new Forms();
        int first = forms.next();
        int second = forms.next();

        assertThat(first).isEqualTo(1);
        assertThat(second).isEqualTo(2);
        assertThat(Forms.text(first, "admin.name", "name", "", 8, true).id()).isEqualTo("f1-name");
        assertThat(Forms.text(second, "admin.name", "name", "", 8, true).id()).isEqualTo("f2-name");
        assertThat(Forms.text(second, "weekday.1", "days.1", "", 22, false).id()).isEqualTo("f2-days-1");
    }

    @Test
    void aPasswordFieldAsksForAsManyCharactersAsTheAccountsNeed() {
        assertThat(Forms.password(3, "admin.newPassword", "password").shortest()).isEqualTo(PasswordRule.SHORTEST);
    }

    @Test
    void onlyRemovingIsMarkedAsDangerous() {
        assertThat(new Form(1, "DELETE", "/x", true, "admin.remove", java.util.List.of()).removes()).isTrue();
        assertThat(new Form(1, "PUT", "/x", false, "save", java.util.List.of()).removes()).isFalse();
    }
}
