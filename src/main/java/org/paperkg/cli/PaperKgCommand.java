package org.paperkg.cli;

import picocli.CommandLine.Command;

/** The root of the command line; its subcommands are the {@code @Command} beans of this package. */
@Command(name = "paper-kg", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns research papers into a Neo4j knowledge graph.",
        footer = {"", "With no command, paper-kg runs the service (embedded Neo4j, Browser, REST API)."})
public class PaperKgCommand {
}
