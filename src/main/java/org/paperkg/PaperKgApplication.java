package org.paperkg;

import java.util.Set;
import org.paperkg.extract.model.DjlOffline;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * paper-kg. With no arguments (or {@code serve}) it runs the service: embedded Neo4j, Neo4j Browser,
 * the REST API, and the samples ingested on first start. With a command ({@code ingest}, {@code extract},
 * ...) it runs that command without a web server and exits with its status.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PaperKgApplication {

    private static final Set<String> SERVE = Set.of("serve");

    public static void main(String[] args) {
        DjlOffline.ensure(); // before anything can touch DJL's engine, also under java -jar
        boolean serve = args.length == 0 || SERVE.contains(args[0]) || args[0].startsWith("--");
        if (serve) {
            String[] rest = args.length > 0 && SERVE.contains(args[0]) ? java.util.Arrays.copyOfRange(args, 1, args.length)
                    : args;
            SpringApplication.run(PaperKgApplication.class, rest);
            return;
        }
        System.exit(SpringApplication.exit(commandLine().run(args)));
    }

    /**
     * The application for one command: no web server, and beans made only when the command asks for
     * them, so {@code eval} and {@code train} start no Neo4j (they need none, and the service may be
     * running on the same store and port). Health-group validation is off because it would build every
     * health indicator, the database's among them, before any command runs.
     */
    static SpringApplicationBuilder commandLine() {
        return new SpringApplicationBuilder(PaperKgApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .lazyInitialization(true)
                .properties("paperkg.cli=true", "management.endpoint.health.validate-group-membership=false");
    }
}
