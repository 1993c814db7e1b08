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
        var context = new SpringApplicationBuilder(PaperKgApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .lazyInitialization(true)
                .properties("paperkg.cli=true")
                .run(args);
        System.exit(SpringApplication.exit(context));
    }
}
