package org.paperkg;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The pipeline's shape as rules: each stage sees only what is upstream of it, the Neo4j driver lives
 * in the graph package, the LLM's HTTP client in extract, and Grobid's in source.
 */
@AnalyzeClasses(packages = "org.paperkg", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] DOWNSTREAM_OF_SOURCE = {"..extract..", "..ground..", "..resolve..", "..graph..",
        "..pipeline..", "..jobs..", "..web..", "..cli.."};

    @ArchTest
    static final ArchRule sourceIsTheFirstStage = noClasses().that().resideInAPackage("..source..")
            .should().dependOnClassesThat().resideInAnyPackage(DOWNSTREAM_OF_SOURCE);

    @ArchTest
    static final ArchRule extractSeesOnlySource = noClasses().that().resideInAPackage("..extract..")
            .should().dependOnClassesThat().resideInAnyPackage("..ground..", "..resolve..", "..graph..",
                    "..pipeline..", "..jobs..", "..web..", "..cli..");

    @ArchTest
    static final ArchRule groundSeesOnlyUpstream = noClasses().that().resideInAPackage("..ground..")
            .should().dependOnClassesThat().resideInAnyPackage("..resolve..", "..graph..", "..pipeline..",
                    "..jobs..", "..web..", "..cli..");

    @ArchTest
    static final ArchRule resolveSeesOnlyUpstream = noClasses().that().resideInAPackage("..resolve..")
            .should().dependOnClassesThat().resideInAnyPackage("..graph..", "..pipeline..", "..jobs..", "..web..",
                    "..cli..");

    @ArchTest
    static final ArchRule graphDoesNotKnowWhoCallsIt = noClasses().that().resideInAPackage("..graph..")
            .should().dependOnClassesThat().resideInAnyPackage("..pipeline..", "..jobs..", "..web..", "..cli..");

    @ArchTest
    static final ArchRule pipelineIsBelowItsUsers = noClasses().that().resideInAPackage("..pipeline..")
            .should().dependOnClassesThat().resideInAnyPackage("..jobs..", "..web..", "..cli..");

    @ArchTest
    static final ArchRule neo4jDriverOnlyInGraph = noClasses().that().resideOutsideOfPackage("..graph..")
            .should().dependOnClassesThat().resideInAnyPackage("org.neo4j..", "ac.simons.neo4j..")
            .because("the graph package is the one place that talks to Neo4j");

    @ArchTest
    static final ArchRule llmClientOnlyInExtract = noClasses().that().resideOutsideOfPackages("..extract..", "..web..")
            .should().dependOnClassesThat().haveSimpleNameStartingWith("OpenAi")
            .because("the LLM server is reached only through the extract stage (web only reads its health)");

    @ArchTest
    static final ArchRule httpClientsOnlyWherePeersAre = noClasses().that()
            .resideOutsideOfPackages("..extract..", "..source..")
            .should().dependOnClassesThat().resideInAPackage("java.net.http..")
            .because("only extract (the LLM) and source (Grobid) call network peers");
}
