package org.paperkg.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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

    /** {@code --name.with.dots[=value]}: every property of the application has a dotted name, no option does. */
    private static final Pattern SETTING = Pattern.compile("--[A-Za-z][\\w-]*(\\.[\\w\\[\\]-]+)+(=.*)?", Pattern.DOTALL);

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
        // one writer pair for every command, flushed here: picocli's writers flush only on println, and
        // the process may exit right after the command returns
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        root.setOut(out);
        root.setErr(err);
        try {
            exitCode = root.execute(commandArguments(args.getSourceArgs()));
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * The arguments for the command: all but {@code --some.property=value} settings, which configure the
     * application (Spring reads them) and would be unknown options to the command. Arguments after a bare
     * {@code --} are the command's, whatever they look like.
     */
    static String[] commandArguments(String[] args) {
        List<String> out = new ArrayList<>();
        boolean positional = false;
        for (String a : args) {
            positional |= a.equals("--");
            if (positional || !SETTING.matcher(a).matches()) {
                out.add(a);
            }
        }
        return out.toArray(String[]::new);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
