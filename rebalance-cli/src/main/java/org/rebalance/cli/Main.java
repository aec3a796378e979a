package org.rebalance.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import org.rebalance.cli.options.ErrorHandler;
import picocli.CommandLine;

/** Entry point of the {@code rebalance} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err));
    }

    /** Runs the command line with the given streams and returns the exit code (for tests too). */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        CommandLine cmd = commandLine(out, err);
        return cmd.execute(args);
    }

    static CommandLine commandLine(PrintStream out, PrintStream err) {
        RebalanceCommand root = new RebalanceCommand(out, err);
        ErrorHandler errors = new ErrorHandler();
        CommandLine cmd = new CommandLine(root);
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        cmd.setExecutionExceptionHandler(errors);
        cmd.setExitCodeExceptionMapper(errors);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        return cmd;
    }
}
