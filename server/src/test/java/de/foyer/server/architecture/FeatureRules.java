package de.foyer.server.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.jdbi.v3.core.Handle;

import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The server's rules of structure, for any root package, so that a test can show each rule failing
 * on a deliberately bad example as well as passing on the server. A feature is a package directly
 * under the root ({@code de.foyer.server.booking}); its sub-packages belong to it.
 */
final class FeatureRules {

    /** Statements that send SQL through a Jdbi handle. */
    private static final Set<String> SQL_METHODS = Set.of("createQuery", "createUpdate", "execute", "select",
            "createBatch", "prepareBatch", "createCall", "createScript");

    private final String root;

    FeatureRules(String root) {
        this.root = root;
    }

    ArchRule noCyclesBetweenFeatures() {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles()
                .as("no two features depend on each other, directly or around a circle");
    }

    ArchRule daosStayInTheirFeature() {
        return classes().that().resideInAPackage(root + "..").and().haveSimpleNameEndingWith("Dao")
                .should(beUsedOnlyInside("their own feature"))
                .as("a feature reaches another feature through its service, never its DAO");
    }

    /**
     * SQL lives in DAOs. {@code storage} is exempt: it is the database's own housekeeping (roles,
     * backups, scrubbing erased rows), not a feature's records.
     */
    ArchRule sqlLivesInDaos() {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(root + ".storage..")
                .and().haveSimpleNameNotEndingWith("Dao")
                .should().callMethodWhere(sqlThroughAHandle())
                .as("SQL lives in DAOs only");
    }

    /** Wire and device code stays free of the server's and the screens' frameworks. */
    static ArchRule knowNoFrameworks(String... packages) {
        return noClasses().that().resideInAnyPackage(packages)
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.jdbi..", "javafx..")
                .as("protocol and hardware know nothing of Javalin, Jdbi or JavaFX");
    }

    private String featureOf(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        if (!name.startsWith(root + ".")) {
            return "";
        }
        String rest = name.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private ArchCondition<JavaClass> beUsedOnlyInside(String description) {
        return new ArchCondition<>("be used only inside " + description) {
            @Override
            public void check(JavaClass dao, ConditionEvents events) {
                String feature = featureOf(dao);
                for (JavaAccess<?> access : dao.getAccessesToSelf()) {
                    JavaClass user = access.getOriginOwner();
                    if (!featureOf(user).equals(feature) || user.getPackageName().equals(root)) {
                        events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                    }
                }
            }
        };
    }

    private static DescribedPredicate<JavaMethodCall> sqlThroughAHandle() {
        return DescribedPredicate.describe("SQL sent through a Jdbi handle", call ->
                call.getTargetOwner().isAssignableTo(Handle.class) && SQL_METHODS.contains(call.getName()));
    }
}
