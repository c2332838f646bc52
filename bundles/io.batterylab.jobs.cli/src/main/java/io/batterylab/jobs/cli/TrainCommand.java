package io.batterylab.jobs.cli;

import io.batterylab.core.model.User;
import io.batterylab.core.service.AuthenticationException;
import io.batterylab.core.service.BatteryService;
import io.batterylab.core.service.BuiltInDataService;
import io.batterylab.core.service.Progress;
import io.batterylab.core.service.UserService;
import io.batterylab.core.training.AlgorithmRegistry;
import io.batterylab.core.training.JobStatus;
import io.batterylab.core.training.ModelVersion;
import io.batterylab.core.training.ModelVersionService;
import io.batterylab.core.training.RunLogLine;
import io.batterylab.core.training.TrainingJob;
import io.batterylab.core.training.TrainingJobService;
import io.batterylab.core.training.TrainingJobSpec;
import io.batterylab.core.training.TrainingRun;
import io.batterylab.jobs.JobSpecReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code batterylab-train [--register] [--verbose] --user NAME SPEC.yaml|json}: submits the spec as a training job of
 * the user (password from the environment variable {@value #PASSWORD_ENV}), prints its progress as it goes (from the
 * database, so it works whichever process runs the job) and exits 0 when the job succeeded. The framework's own log
 * is not this command's output: the start script sends it to a file ({@value #LOG_PROPERTY}) and only its warnings
 * to the console, or all of it with {@code --verbose}.
 */
public final class TrainCommand {
    static final String PASSWORD_ENV = "BATTERYLAB_PASSWORD";
    /** System property: the file the start script sends the framework log to (unset with --verbose). */
    public static final String LOG_PROPERTY = "batterylab.train.log";
    static final int OK = 0;
    static final int JOB_DID_NOT_SUCCEED = 1;
    static final int USAGE = 2;
    /** The services did not come up (database unreachable, ...). */
    static final int NOT_STARTED = 3;

    /**
     * The services the command needs.
     *
     * @param builtIn loads the built-in cells (so that a spec can name them) on a fresh database; null to skip
     */
    public record Services(UserService users, BatteryService batteries, AlgorithmRegistry algorithms,
            TrainingJobService jobs, ModelVersionService versions, BuiltInDataService builtIn) {
    }

    private final Services services;
    private final PrintStream out;
    private final long pollMillis;

    public TrainCommand(Services services, PrintStream out, long pollMillis) {
        this.services = services;
        this.out = out;
        this.pollMillis = pollMillis;
    }

    public int run(List<String> args, Map<String, String> environment) throws InterruptedException {
        String user = null;
        String spec = null;
        boolean register = false;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--user" -> user = i + 1 < args.size() ? args.get(++i) : null;
                case "--register" -> register = true;
                case "--verbose" -> {
                    // read by the start script: the framework log stays on the console
                }
                default -> spec = args.get(i).startsWith("-") ? null : args.get(i);
            }
        }
        String password = environment.get(PASSWORD_ENV);
        if (user == null || spec == null || password == null || password.isEmpty()) {
            out.println("usage: batterylab-train [--register] [--verbose] --user NAME SPEC.(yaml|json)   (password in $"
                    + PASSWORD_ENV + ")");
            return USAGE;
        }
        long userId;
        TrainingJobSpec job;
        try {
            userId = login(user, password, register).id();
            if (services.builtIn() != null && !services.builtIn().isLoaded()) {
                out.println("loading the built-in cells into the database (first start)...");
                services.builtIn().ensureLoaded(Progress.none());
            }
            job = new JobSpecReader(services.batteries(), services.algorithms()).read(userId, Files.readString(Path.of(spec)));
        } catch (AuthenticationException | IllegalArgumentException | IOException e) {
            out.println("error: " + e.getMessage());
            return USAGE;
        }
        String log = System.getProperty(LOG_PROPERTY);
        if (log != null) {
            out.println("framework log: " + log + " (warnings also here; --verbose shows all of it)");
        }
        TrainingJob submitted = services.jobs().submit(userId, job);
        out.printf(Locale.ROOT, "job %d '%s' submitted: %d run(s), target %s%n", submitted.id(), submitted.name(),
                submitted.runs().size(), submitted.target().key());
        TrainingJob done = follow(userId, submitted.id());
        summarize(userId, done);
        return done.status() == JobStatus.SUCCEEDED ? OK : JOB_DID_NOT_SUCCEED;
    }

    private User login(String name, String password, boolean register) throws AuthenticationException {
        try {
            return services.users().login(name, password.toCharArray());
        } catch (AuthenticationException e) {
            if (!register) {
                throw e;
            }
            return services.users().register(name, password.toCharArray());
        }
    }

    private TrainingJob follow(long userId, long jobId) throws InterruptedException {
        Map<Long, Integer> linesShown = new HashMap<>();
        Map<Long, JobStatus> statusShown = new HashMap<>();
        while (true) {
            TrainingJob job = services.jobs().find(userId, jobId).orElseThrow();
            for (TrainingRun run : job.runs()) {
                String name = "run " + (run.index() + 1) + " " + run.algorithmId();
                List<RunLogLine> log = services.jobs().log(userId, run.id());
                for (RunLogLine line : log.subList(linesShown.getOrDefault(run.id(), 0), log.size())) {
                    out.println("[" + name + "] " + line.line());
                }
                linesShown.put(run.id(), log.size());
                if (statusShown.put(run.id(), run.status()) != run.status() && run.status() != JobStatus.PENDING) {
                    out.println("[" + name + "] " + run.status() + (run.error() == null ? "" : ": " + run.error()));
                }
            }
            if (job.status().isFinal()) {
                return job;
            }
            Thread.sleep(pollMillis);
        }
    }

    private void summarize(long userId, TrainingJob job) {
        out.printf(Locale.ROOT, "job %d %s%s%n", job.id(), job.status(), job.error() == null ? "" : " (" + job.error() + ")");
        for (TrainingRun run : job.runs()) {
            if (run.modelVersionId() == null) {
                continue;
            }
            ModelVersion v = services.versions().find(userId, run.modelVersionId()).orElseThrow();
            ModelVersionSummary.lines("run " + (run.index() + 1) + " " + run.algorithmId(), v).forEach(out::println);
        }
    }
}
