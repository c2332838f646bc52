package io.batterylab.ml;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import java.util.List;
import java.util.Properties;

/**
 * How many intra-op threads libtorch uses for one training run. Below a per-batch work of
 * {@value #DEFAULT_LIMIT} (trained parameters × rows per batch, about the multiply-adds of one forward pass of a
 * dense network) a run uses one thread, else the configured {@link TrainingResources#THREADS}. For such small
 * networks (a 2×64 MLP is 4 545 parameters × 256 rows = 1.2 M) every matrix product is a few microseconds of work,
 * and waking libtorch's second OpenMP thread for it costs more than it gives: measured on two cores, one thread
 * cut the epoch by 45 % for the MLP and by 36 % for the BiLSTM 2×64 (35 M; docs/benchmarks.md). {@code -D}{@value #PROPERTY}{@code =0} switches
 * the rule off (every run uses the configured threads); another number moves the limit.
 *
 * @param limit per-batch work below which a run uses one thread; 0 = never
 * @param configured the threads otherwise
 */
record StepThreads(long limit, int configured) {
    static final String PROPERTY = "batterylab.training.singleThreadBelow";
    static final long DEFAULT_LIMIT = 64_000_000;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StepThreads.class);

    StepThreads {
        if (limit < 0 || configured < 1) {
            throw new IllegalArgumentException("thread limit must be at least 0 and threads at least 1: " + limit
                    + ", " + configured);
        }
    }

    /** The limit of {@code -D}{@value #PROPERTY} (else {@value #DEFAULT_LIMIT}) and {@link TrainingResources#THREADS}. */
    static StepThreads configured(Properties system) {
        return new StepThreads(limit(system.getProperty(PROPERTY)), TrainingResources.THREADS);
    }

    static long limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            long limit = Long.parseLong(value.strip());
            if (limit >= 0) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below like a negative number
        }
        LOG.warn("-D{} = '{}' is not a work limit of 0 or more; {} is used", PROPERTY, value, DEFAULT_LIMIT);
        return DEFAULT_LIMIT;
    }

    /** Trained parameter values × rows per batch. */
    static long work(List<Parameter> parameters, int batchSize) {
        long values = 0;
        for (Parameter parameter : parameters) {
            NDArray array = parameter.getArray();
            if (array.hasGradient()) {
                values += array.size();
            }
        }
        return values * batchSize;
    }

    /** The threads for a run whose batches have this much work. */
    int forWork(long work) {
        return work < limit ? 1 : configured;
    }
}
