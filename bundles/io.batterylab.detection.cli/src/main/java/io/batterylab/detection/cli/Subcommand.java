package io.batterylab.detection.cli;

import java.util.Set;

/** One sub-command of {@code batterylab-detect}. */
interface Subcommand {
    String name();

    /** One line for the command list. */
    String summary();

    /** The full --help text. */
    String help();

    /** The {@code --name VALUE} options it takes ({@code --set} and {@code --help} are always allowed). */
    Set<String> options();

    int run(Options options) throws UsageException, CommandFailure;
}
