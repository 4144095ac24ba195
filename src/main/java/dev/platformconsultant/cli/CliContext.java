package dev.platformconsultant.cli;

import dev.platformconsultant.Services;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * What a sub-command works with: the wired application (built on first use, so --help needs no
 * configuration) and the standard input to read questions from.
 */
record CliContext(Supplier<Services> services, InputStream in) {}
