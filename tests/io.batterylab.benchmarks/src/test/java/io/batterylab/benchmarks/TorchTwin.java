package io.batterylab.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * torch_speed.py in its serve mode: the same networks in PyTorch, trained one epoch at a time on request, so that
 * {@link SpeedBenchmark} can alternate PyTorch's epochs with BatteryLab's and both see the same load. The process
 * inherits this JVM's environment (OMP_WAIT_POLICY, the ISA limits), so both sides run under the same settings.
 */
final class TorchTwin implements AutoCloseable {
    private final Process process;
    private final BufferedReader out;
    private final Writer in;
    private final String description;

    private TorchTwin(Process process) throws IOException {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.in = process.outputWriter(StandardCharsets.UTF_8);
        // libraries may warn first (libgomp: "Invalid value for environment variable OMP_WAIT_POLICY")
        StringBuilder notes = new StringBuilder();
        String first = out.readLine();
        while (first != null && !first.startsWith("#") && notes.length() < 2000) {
            notes.append(" [").append(first.strip()).append(']');
            first = out.readLine();
        }
        if (first == null || !first.startsWith("#")) {
            throw new IOException("torch_speed.py did not start (python3-torch installed?):" + notes + rest());
        }
        this.description = first.substring(1).strip() + notes;
    }

    /** Starts torch_speed.py with -Dbenchmark.python (default /usr/bin/python3) and the given thread count. */
    static TorchTwin start(int threads) throws IOException {
        String python = System.getProperty("benchmark.python", "/usr/bin/python3");
        ProcessBuilder builder = new ProcessBuilder(python, "torch_speed.py", "serve", String.valueOf(threads))
                .redirectErrorStream(true);
        // -Domp.wait.policy= (empty) stands for libgomp's default: the JVM's libgomp rejects the empty value and
        // uses its default; PyTorch gets the variable unset
        if (builder.environment().getOrDefault("OMP_WAIT_POLICY", "x").isBlank()) {
            builder.environment().remove("OMP_WAIT_POLICY");
        }
        // torch.set_num_threads does not reach Debian's OpenBLAS (torch sees a "generic" BLAS), which otherwise runs
        // matrix products on a worker thread per core: "PyTorch on 1 thread" would use 2 for every GEMM.
        // -Dbenchmark.torchBlasThreads= (empty) leaves OpenBLAS at its default, another number sets it.
        String blasThreads = System.getProperty("benchmark.torchBlasThreads", String.valueOf(threads));
        if (blasThreads.isBlank()) {
            builder.environment().remove("OPENBLAS_NUM_THREADS");
        } else {
            builder.environment().put("OPENBLAS_NUM_THREADS", blasThreads.strip());
        }
        return new TorchTwin(builder.start());
    }

    /** torch's version, threads, BLAS, CPU capability and OMP_WAIT_POLICY as it reported them. */
    String description() {
        return description;
    }

    /** Trains the model of this name (as torch_speed.py names it) for one epoch; its seconds. */
    double epoch(String model) throws IOException {
        in.write(model + " 1\n");
        in.flush();
        String seconds = out.readLine();
        String done = out.readLine();
        if (seconds == null || !seconds.startsWith("seconds ") || !"done".equals(done)) {
            throw new IOException("torch_speed.py failed on " + model + ": " + seconds + "\n" + done + rest());
        }
        return Double.parseDouble(seconds.substring("seconds ".length()));
    }

    /** What the process printed until it ended; closing its input first ends its serve loop. */
    private String rest() throws IOException {
        in.close();
        StringBuilder text = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            text.append('\n').append(line);
        }
        return text.toString();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        in.close();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
