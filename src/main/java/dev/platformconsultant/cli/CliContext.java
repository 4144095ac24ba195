package dev.platformconsultant.cli;

import dev.platformconsultant.app.Services;
import dev.platformconsultant.config.Settings;
import java.io.InputStream;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a sub-command works with: the settings and the wired application (each built on first use,
 * so --help needs no configuration and a Slack configuration error shows before the knowledge base
 * loads), the wiring itself (the benchmarks wire their own application on other settings), the
 * standard input to read questions from, and how to start this program again as a child process.
 *
 * @param selfCommand the java command line that runs this program's main class (arguments to
 *     append); empty when unknown
 */
record CliContext(
    Supplier<Settings> settings,
    Supplier<Services> services,
    Function<Settings, Services> wiring,
    InputStream in,
    List<String> selfCommand) {
  CliContext {
    selfCommand = List.copyOf(selfCommand);
  }
}
