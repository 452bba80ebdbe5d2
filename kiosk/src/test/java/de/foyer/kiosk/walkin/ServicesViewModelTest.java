package de.foyer.kiosk.walkin;

import de.foyer.kiosk.server.FakeKioskServer;
import de.foyer.kiosk.server.OfficeData;
import de.foyer.kiosk.text.Language;
import de.foyer.kiosk.text.Texts;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ServicesViewModelTest {

    private final List<ServicesViewModel.Item> chosen = new ArrayList<>();
    private final ServicesViewModel model = new ServicesViewModel(chosen::add, () -> { });

    @Test
    void eachServiceCarriesTheWaitTheServerEstimated() {
        OfficeData.Category registration = FakeKioskServer.office().categories().get(0);
        model.show(registration, Map.of("anmeldung", 25, "abmeldung", 0));

        Texts german = Texts.of(Language.GERMAN);
        assertThat(model.category().primary(Language.GERMAN)).isEqualTo("Meldeangelegenheiten");
        assertThat(model.items()).extracting(item -> ServicesViewModel.waitLabel(item, german))
                .containsExactly("Wartezeit etwa 25 Min.", "Zurzeit keine Wartezeit");
        model.choose(model.items().get(1));
        assertThat(chosen).extracting(ServicesViewModel.Item::id).containsExactly("abmeldung");
    }

    @Test
    void withoutWaitsFromTheServerNoWaitIsShown() {
        model.show(FakeKioskServer.office().categories().get(0), Map.of());
        assertThat(model.items()).allSatisfy(item -> assertThat(ServicesViewModel.waitLabel(item, Texts.of(Language.ENGLISH))).isEmpty());
        model.clear();
        assertThat(model.items()).isEmpty();
    }

    @Test
    void categoriesWithoutServicesAreLeftOut() {
        CategoriesViewModel categories = new CategoriesViewModel(category -> { }, () -> { });
        categories.show(FakeKioskServer.office().categories(), "");
        assertThat(categories.categories()).extracting(OfficeData.Category::id).containsExactly("melden");
    }

    @Test
    void personsAreOfferedFromOneToSix() {
        List<Integer> persons = new ArrayList<>();
        PersonsViewModel model = new PersonsViewModel(persons::add, () -> { });
        assertThat(model.choices()).containsExactly(1, 2, 3, 4, 5, 6);
        model.choose(3);
        assertThat(persons).containsExactly(3);
    }
}
