package de.foyer.server.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Features keep to themselves, with no exceptions recorded anywhere. A rule that is never seen
 * failing proves nothing, so each is also checked against the bad examples under
 * {@code architecture.fixture}.
 */
class ArchitectureTest {

    private static final String SERVER = "de.foyer.server";
    private static final JavaClasses SERVER_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(SERVER);

    private final FeatureRules rules = new FeatureRules(SERVER);

    @Test
    void noCyclesBetweenFeatures() {
        rules.noCyclesBetweenFeatures().check(SERVER_CLASSES);
    }

    @Test
    void daosStayInTheirFeature() {
        rules.daosStayInTheirFeature().check(SERVER_CLASSES);
    }

    @Test
    void sqlLivesInDaos() {
        rules.sqlLivesInDaos().check(SERVER_CLASSES);
    }

    @Test
    void protocolAndHardwareKnowNoFrameworks() {
        FeatureRules.knowNoFrameworks("de.foyer.protocol..", "de.foyer.hardware..").check(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("de.foyer.protocol", "de.foyer.hardware"));
    }

    @Nested
    class TheRulesCatchBadCode {

        private static final String FIXTURE = "de.foyer.server.architecture.fixture";
        private final JavaClasses bad = new ClassFileImporter().importPackages(FIXTURE);
        private final FeatureRules fixtureRules = new FeatureRules(FIXTURE);

        @Test
        void aCycleBetweenTwoFeatures() {
            assertThatThrownBy(() -> fixtureRules.noCyclesBetweenFeatures().check(bad))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("Cycle detected");
        }

        @Test
        void aDaoUsedByAnotherFeature() {
            assertThatThrownBy(() -> fixtureRules.daosStayInTheirFeature().check(bad))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("BetaReport");
        }

        @Test
        void sqlOutsideADao() {
            assertThatThrownBy(() -> fixtureRules.sqlLivesInDaos().check(bad))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("AlphaService");
        }

        @Test
        void aFrameworkInWireCode() {
            assertThatThrownBy(() -> FeatureRules.knowNoFrameworks(FIXTURE + ".wire..").check(bad))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("io.javalin");
        }
    }
}
