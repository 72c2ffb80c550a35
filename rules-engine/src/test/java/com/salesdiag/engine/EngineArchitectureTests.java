package com.salesdiag.engine;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's house, drawn from its byte code: a facade ({@code com.salesdiag.engine}) over the internal packages,
 * plain records in the public packages, no package cycles (rules-engine/README.md).
 */
class EngineArchitectureTests {

    static final String ENGINE = "com.salesdiag.engine";
    static final String[] RECORDS = {ENGINE + ".answer..", ENGINE + ".rules..", ENGINE + ".facts..", ENGINE + ".derived.."};

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ENGINE);

    /** Each package is a slice; the facade's package too (a pattern such as "engine.(**)" would leave it out). */
    static final SliceAssignment BY_PACKAGE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            return name.startsWith(ENGINE) ? SliceIdentifier.of(name.equals(ENGINE) ? "(facade)" : name.substring(ENGINE.length() + 1))
                    : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "engine packages";
        }
    };

    @Test
    void noPackageCycles() {
        slices().assignedFrom(BY_PACKAGE).should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void thePublicRecordsReachNeitherTheInternalsNorTheFacade() {
        noClasses().that().resideInAnyPackage(RECORDS)
                .should().dependOnClassesThat().resideInAnyPackage(ENGINE + ".internal..", ENGINE)
                .check(CLASSES);
    }

    @Test
    void theInternalsNeverCallBackIntoTheFacade() {
        noClasses().that().resideInAPackage(ENGINE + ".internal..")
                .should().dependOnClassesThat().resideInAPackage(ENGINE)
                .check(CLASSES);
    }

    @Test
    void theFactsTheServiceSendsDependOnNothingElseOfTheEngine() {
        noClasses().that().resideInAPackage(ENGINE + ".facts..")
                .should().dependOnClassesThat().resideInAnyPackage(ENGINE + ".answer..", ENGINE + ".rules..",
                        ENGINE + ".derived..", ENGINE + ".internal..", ENGINE)
                .check(CLASSES);
    }

    @Test
    void theFacadeIsTheThreeEntryPointsTheReadmeLists() {
        Set<String> facade = CLASSES.stream()
                .filter(c -> c.getPackageName().equals(ENGINE) && c.getModifiers().contains(JavaModifier.PUBLIC)
                        && c.isTopLevelClass())
                .map(JavaClass::getSimpleName).collect(Collectors.toSet());
        assertThat(facade).containsExactlyInAnyOrder("DiagnosisEngine", "LiveRuleset", "Wording");
    }
}
