package org.paperkg;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The service layers keep to their lanes: the Neo4j driver only in graph, HTTP clients of peers only in their stages. */
class ServiceArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.paperkg");

    @Test
    void jobsAndWebNeverTouchTheNeo4jDriver() {
        noClasses().that().resideInAnyPackage("org.paperkg.jobs..", "org.paperkg.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.neo4j..")
                .because("Cypher and the driver live in graph; jobs and web go through its classes")
                .check(MAIN);
    }

    @Test
    void controllersDoNotCallPeersOverHttpThemselves() {
        noClasses().that().resideInAPackage("org.paperkg.web..")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.net.http.HttpClient")
                .check(MAIN);
    }
}
