package org.scrutiny;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The shape every module keeps, so that a new module copies a good one. */
class ArchitectureTest {

    private static final JavaClasses SCRUTINY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.scrutiny");

    @Test
    void the_domain_of_a_module_knows_nothing_of_the_web() {
        noClasses()
                .that()
                .resideInAPackage("org.scrutiny.*.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.scrutiny.*.web..")
                .check(SCRUTINY);
    }

    @Test
    void repositories_are_internal_to_their_module_s_domain() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .and()
                .areInterfaces()
                .should()
                .notBePublic()
                .andShould()
                .resideInAPackage("org.scrutiny.*.domain..")
                .check(SCRUTINY);
    }

    @Test
    void controllers_are_internal_to_their_module_s_web_package() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .notBePublic()
                .andShould()
                .resideInAPackage("org.scrutiny..web..")
                .check(SCRUTINY);
    }

    @Test
    void the_agenda_knows_nothing_of_its_papers_and_only_the_papers_see_inside_the_agenda() {
        noClasses()
                .that()
                .resideInAPackage("org.scrutiny.agenda..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.scrutiny.papers..")
                .check(SCRUTINY);
        noClasses()
                .that()
                .resideOutsideOfPackages("org.scrutiny.agenda..", "org.scrutiny.papers..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.scrutiny.agenda.domain..")
                .because(
                        "the agenda's domain is a named interface for the papers alone; others use the agenda's root API")
                .check(SCRUTINY);
    }

    @Test
    void the_time_comes_from_the_application_s_clock() {
        noClasses()
                .should()
                .callMethod(LocalDate.class, "now")
                .orShould()
                .callMethod(LocalDateTime.class, "now")
                .orShould()
                .callMethod(ZonedDateTime.class, "now")
                .orShould()
                .callMethod(Instant.class, "now")
                .because("tests set the clock; the machine's time would make deadlines untestable")
                .allowEmptyShould(true)
                // Envers creates the revision listener itself, outside the application context.
                .check(SCRUTINY.that(not(simpleName("AuditRevisionListener"))));
    }
}
