package org.paperkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Settings given on the command line reach Spring and stay away from the command's options. */
class CommandArgumentsTest {

    @Test
    void dottedSettingsAreLeftOutAndEverythingElseKept() {
        assertThat(CommandLineRunnerConfig.commandArguments(new String[] {"ingest", "in box", "--paperkg.neo4j.data-dir=/tmp/x",
            "--paperkg.neo4j.bolt-port=0", "--spring.main.banner-mode=off", "--logging.level.org.paperkg=DEBUG",
            "--paperkg.llm.extra-body[reasoning_effort]=none", "--json", "-h", "--id=doi:10.1/x"}))
                .containsExactly("ingest", "in box", "--json", "-h", "--id=doi:10.1/x");
    }

    @Test
    void afterADoubleDashEverythingIsTheCommands() {
        assertThat(CommandLineRunnerConfig.commandArguments(new String[] {"ingest", "--paperkg.x.y=1", "--", "--odd.name.pdf"}))
                .containsExactly("ingest", "--", "--odd.name.pdf");
    }
}
