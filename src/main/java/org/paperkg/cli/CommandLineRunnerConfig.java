package org.paperkg.cli;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Runs the command line when the app was started with a command: builds the root command, adds every
 * {@code @Command} bean as a subcommand (so a new command is one new class), and keeps the exit code.
 */
@Component
@ConditionalOnProperty(name = "paperkg.cli", havingValue = "true")
class CommandLineRunnerConfig implements ApplicationRunner, ExitCodeGenerator {

    private final ApplicationContext context;
    private int exitCode;

    CommandLineRunnerConfig(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        CommandLine root = new CommandLine(new PaperKgCommand());
        context.getBeansWithAnnotation(Command.class).values().stream()
                .filter(bean -> !(bean instanceof PaperKgCommand))
                .forEach(root::addSubcommand);
        root.setCaseInsensitiveEnumValuesAllowed(true);
        exitCode = root.execute(args.getSourceArgs());
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
