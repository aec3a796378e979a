package org.rebalance.cli.options;

import java.io.PrintWriter;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.DataException;
import org.rebalance.nn.train.NonFiniteLossException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints a failed command's error as one line ("error: ...") without usage help or a stack trace
 * (unless {@code --debug} is given) and maps the error type to an exit code.
 */
public final class ErrorHandler implements IExecutionExceptionHandler, CommandLine.IExitCodeExceptionMapper {
    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        err.println("error: " + message(e));
        if (isDebug(parsed)) {
            e.printStackTrace(err);
        }
        err.flush();
        return getExitCode(e);
    }

    @Override
    public int getExitCode(Throwable e) {
        if (e instanceof CommandLine.ParameterException) {
            return ExitCodes.USAGE;
        }
        if (e instanceof DataException) {
            return ExitCodes.BAD_DATA;
        }
        if (e instanceof ConfigException) {
            return ExitCodes.BAD_CONFIG;
        }
        if (e instanceof NonFiniteLossException) {
            return ExitCodes.DIVERGED;
        }
        return ExitCodes.FAILURE;
    }

    static String message(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            m = e.getClass().getSimpleName();
        }
        return m.replace('\n', ' ');
    }

    private static boolean isDebug(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
