package org.paperkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A command runs on the application as {@code main} builds it, making only the beans it uses: the
 * commands that need no database start none, so they also run beside a service holding the store.
 */
class CommandLineStartupTest {

    @TempDir
    Path dir;

    @Test
    void evalAndTrainStartNoDatabase() {
        Path store = dir.resolve("neo4j");
        for (String command : new String[] {"eval", "train"}) {
            try (var context = run(store, command, "--gold", dir.resolve("missing").toString())) {
                assertThat(SpringApplication.exit(context)).as(command + " on a missing gold folder").isEqualTo(2);
                assertThat(context.getBeanFactory().containsSingleton("embeddedNeo4j")).as(command).isFalse();
            }
        }
        assertThat(Files.exists(store)).as("a Neo4j store").isFalse();
    }

    @Test
    void aGraphCommandStartsTheDatabaseItNeeds() {
        Path store = dir.resolve("neo4j");
        try (var context = run(store, "query", "most-extended-methods")) {
            assertThat(SpringApplication.exit(context)).isZero();
        }
        assertThat(Files.exists(store)).as("a Neo4j store").isTrue();
    }

    /** Runs a command as {@code main} does, with the embedded store in {@code store} and any free Bolt port. */
    private static ConfigurableApplicationContext run(Path store, String... args) {
        return PaperKgApplication.commandLine()
                .properties("paperkg.neo4j.data-dir=" + store, "paperkg.neo4j.bolt-port=0")
                .run(args);
    }
}
