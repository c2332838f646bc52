package io.batterylab.detection.cli;

import io.batterylab.core.detection.Detector;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * {@code batterylab-detect train|evaluate|cv|synth ...}: trains, evaluates and cross-validates the installed
 * thermal-runaway detectors on directories of recordings, and writes synthetic recordings, without a database or a
 * user. Exit code {@value #OK} on success, {@value #FAILED} when the work could not be done (no usable recording, a
 * refused model, training failed), {@value #USAGE} for a wrong command line. The output is the command's user interface.
 */
public final class DetectCommand {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    /** The detectors did not come up. */
    public static final int NOT_STARTED = 3;

    private final Detectors detectors;
    private final PrintStream out;
    private final List<Subcommand> subcommands;

    public DetectCommand(List<Detector> installed, PrintStream out) {
        this.detectors = new Detectors(installed);
        this.out = out;
        Console console = new Console(out);
        this.subcommands = List.of(new TrainSubcommand(detectors, console), new EvaluateSubcommand(detectors, console),
                new CrossValidateSubcommand(detectors, console), new SynthSubcommand(console));
    }

    public int run(List<String> args) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
            out.print(help());
            return args.isEmpty() ? USAGE : OK;
        }
        Optional<Subcommand> command = subcommands.stream().filter(c -> c.name().equals(args.get(0))).findFirst();
        if (command.isEmpty()) {
            out.println("error: unknown command '" + args.get(0) + "'");
            out.print(help());
            return USAGE;
        }
        Subcommand subcommand = command.get();
        try {
            Options options = Options.parse(args.subList(1, args.size()), subcommand.options());
            if (options.help()) {
                out.print(subcommand.help());
                out.print(detectorList());
                return OK;
            }
            return subcommand.run(options);
        } catch (UsageException e) {
            out.println("error: " + e.getMessage());
            out.print(subcommand.help());
            return USAGE;
        } catch (CommandFailure e) {
            out.println("error: " + e.getMessage());
            return FAILED;
        }
    }

    private String help() {
        StringBuilder text = new StringBuilder("usage: batterylab-detect COMMAND [OPTIONS]   "
                + "(batterylab-detect COMMAND --help for its options)\ncommands:\n");
        for (Subcommand c : subcommands) {
            text.append(String.format("  %-10s %s%n", c.name(), c.summary()));
        }
        return text.append(detectorList()).toString();
    }

    private String detectorList() {
        return "installed detectors:\n" + (detectors.installed().isEmpty() ? "  (none)\n" : detectors.describe());
    }
}
