package org.weishi.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code weishi} command. Every subcommand has {@code --help}; bad arguments print one line
 * naming the problem and exit with status 2.
 */
@Command(name = "weishi", mixinStandardHelpOptions = true, version = "weishi 0.1.0",
        description = "微实事 weishi: citizen-driven livelihood micro-projects (民生微实事).",
        subcommands = {DemoCommand.class, PluginsCommand.class, LoadCommand.class, StatsCommand.class, VerifyCommand.class,
                ExportCommand.class, EraseCommand.class, SelectCommand.class})
public final class Main implements Callable<Integer> {
    /** Exit status for bad arguments or input. */
    static final int BAD_INPUT = 2;

    /**
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the command without exiting, for tests and embedding.
     *
     * @param args arguments
     * @return the exit status
     */
    public static int run(String... args) {
        // Hibernate Validator logs through jboss-logging; send it to SLF4J like everything else.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        // Plug-ins log through System.Logger (JUL by default): warnings only on the console.
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        for (var h : java.util.logging.Logger.getLogger("").getHandlers()) h.setLevel(java.util.logging.Level.WARNING);
        CommandLine cl = new CommandLine(new Main());
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            PrintWriter err = c.getErr();
            err.println(c.getCommandName() + ": " + ex.getMessage() + " (see '" + c.getCommandSpec().qualifiedName() + " --help')");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof CliException ce) {
                c.getErr().println(c.getCommandName() + ": " + ce.getMessage());
                return ce.status();
            }
            if (ex instanceof org.weishi.spi.WeishiException we) {
                c.getErr().println(c.getCommandName() + ": " + we.getMessage());
                return 1;
            }
            throw ex;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() {
        new CommandLine(this).usage(System.out);
        return 0;
    }
}
