package org.weishi.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture, enforced: plug-ins see the SPI only, the SPI sees the JDK only, core
 * internals stay unexported and unused from outside, and packages form no cycles.
 */
class ArchitectureTest {
    private static JavaClasses all;

    @BeforeAll
    static void importClasses() {
        all = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.weishi");
        // An empty import would pass every rule silently (JPMS-NOTES pitfall 8).
        assertThat(all.stream().map(c -> c.getPackageName()).collect(Collectors.toSet()))
                .contains("org.weishi.spi", "org.weishi.core", "org.weishi.core.internal",
                        "org.weishi.plugins.storage.memory", "org.weishi.plugins.notify.log", "org.weishi.cli");
    }

    @Test
    void plugins_depend_on_the_spi_only_never_on_core_guice_or_the_command() {
        noClasses().that().resideInAPackage("org.weishi.plugins..")
                .should().dependOnClassesThat().resideInAnyPackage("org.weishi.core..", "org.weishi.guice..", "org.weishi.cli..")
                .allowEmptyShould(false)
                .check(all);
    }

    @Test
    void the_spi_depends_on_the_jdk_alone() {
        classes().that().resideInAPackage("org.weishi.spi..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.weishi.spi..", "java..")
                .allowEmptyShould(false)
                .check(all);
    }

    @Test
    void nothing_outside_core_touches_core_internals() {
        noClasses().that().resideOutsideOfPackage("org.weishi.core..")
                .should().dependOnClassesThat().resideInAPackage("org.weishi.core.internal..")
                .allowEmptyShould(false)
                .check(all);
    }

    @Test
    void core_internals_are_not_exported_by_the_module() {
        ModuleDescriptor core = org.weishi.core.Weishi.class.getModule().getDescriptor();
        assertThat(core).as("core must run as a named module").isNotNull();
        Set<String> exported = core.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        assertThat(exported).contains("org.weishi.core").noneMatch(p -> p.contains(".internal"));
        assertThat(core.packages()).contains("org.weishi.core.internal");
    }

    @Test
    void feature_packages_of_core_form_no_cycles() {
        slices().matching("org.weishi.core.(*)..").should().beFreeOfCycles().allowEmptyShould(false).check(all);
    }

    @Test
    void modules_form_no_cycles() {
        slices().matching("org.weishi.(*)..").should().beFreeOfCycles().allowEmptyShould(false).check(all);
    }
}
