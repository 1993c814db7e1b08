package org.paperkg.cli;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import picocli.CommandLine;

/**
 * Runs the {@code eval} and {@code train} commands without starting the application (no Spring
 * context, no Neo4j): for development and benchmarks. LLM extraction needs the application.
 * {@code java -cp target/classes:target/test-classes:<deps> org.paperkg.cli.CliMain eval --gold DIR ...}
 */
public final class CliMain {

    private CliMain() {
    }

    public static void main(String[] args) {
        StaticListableBeanFactory none = new StaticListableBeanFactory();
        ExtractorCatalog catalog = new ExtractorCatalog(none.getBeanProvider(org.paperkg.extract.LlmExtractor.class),
                none.getBeanProvider(org.paperkg.extract.LlmProperties.class));
        CommandLine root = new CommandLine(new PaperKgCommand());
        root.addSubcommand(new EvalCommand(catalog, none.getBeanProvider(org.paperkg.ground.Grounder.class)));
        root.addSubcommand(new TrainCommand());
        root.setCaseInsensitiveEnumValuesAllowed(true);
        int code = root.execute(args);
        catalog.destroy();
        System.exit(code);
    }
}
