package io.batterylab.detection.cli;

import io.batterylab.detection.synthetic.SyntheticRecordings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/** {@code synth}: seeded synthetic recordings from the lumped thermal model, in the recordings format. */
record SynthSubcommand(Console console) implements Subcommand {
    @Override
    public String name() {
        return "synth";
    }

    @Override
    public String summary() {
        return "write seeded synthetic normal and runaway recordings (lumped thermal model) into a directory";
    }

    @Override
    public String help() {
        return """
                usage: batterylab-detect synth --out DIR [--normal N] [--runaway M] [--seed S]
                Writes N normal and M runaway synthetic recordings (Time,Temperature CSV) into DIR (new or empty),
                named synthetic_normal_000.csv ... and synthetic_runaway_000_exception.csv ...: a lumped thermal
                cell with Arrhenius self-heating, ambient coupling, charge/rest heating and a nail, crush or oven
                onset, sampled by a jittered, noisy sensor (docs/architecture.md). The same seed gives the same
                files. They are synthetic: never present them as measurements.
                  --normal N     default 30
                  --runaway M    default 30
                  --seed S       default 1
                """;
    }

    @Override
    public Set<String> options() {
        return Set.of("--out", "--normal", "--runaway", "--seed");
    }

    @Override
    public int run(Options options) throws UsageException, CommandFailure {
        if (!options.settings().isEmpty()) {
            throw new UsageException("synth takes no --set");
        }
        Path out = Path.of(options.required("--out"));
        int normal = options.integer("--normal", 30, 0);
        int runaway = options.integer("--runaway", 30, 0);
        int seed = options.integer("--seed", 1, 0);
        Console.requireNewOrEmpty(out);
        try {
            int files = new SyntheticRecordings(seed).write(out, normal, runaway).size();
            console.out().printf("%d synthetic recording(s) (%d normal, %d runaway, seed %d) written to %s%n", files,
                    normal, runaway, seed, out);
        } catch (IOException e) {
            throw new CommandFailure("cannot write to " + out + ": " + e.getMessage(), e);
        }
        return DetectCommand.OK;
    }
}
