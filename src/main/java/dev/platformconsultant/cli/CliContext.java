package dev.platformconsultant.cli;

import dev.platformconsultant.Services;
import dev.platformconsultant.config.Settings;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * What a sub-command works with: the settings and the wired application (each built on first use,
 * so --help needs no configuration and a Slack configuration error shows before the knowledge base
 * loads) and the standard input to read questions from.
 */
record CliContext(Supplier<Settings> settings, Supplier<Services> services, InputStream in) {}
