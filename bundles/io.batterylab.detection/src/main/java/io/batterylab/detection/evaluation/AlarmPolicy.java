package io.batterylab.detection.evaluation;

/**
 * When a stream of window verdicts raises an alarm: only once {@code confirmWindows} consecutive windows (0.5 s apart
 * on the device grid) alarm, so a single noisy window does not. 1 = every alarmed window counts (no debouncing).
 * A monitor watching a device live applies the same rule to its verdicts; the price is (confirmWindows − 1) × 0.5 s
 * of lead time.
 */
public record AlarmPolicy(int confirmWindows) {
    public static final AlarmPolicy IMMEDIATE = new AlarmPolicy(1);

    public AlarmPolicy {
        if (confirmWindows < 1) {
            throw new IllegalArgumentException("confirm windows must be >= 1, got " + confirmWindows);
        }
    }

    /** Counts consecutive raw alarms of one stream; windows must be offered in time order. */
    public Stream stream() {
        return new Stream(confirmWindows);
    }

    /** The state of one device's (or recording's) verdict stream. */
    public static final class Stream {
        private final int confirm;
        private int run;
        private long previous = Long.MIN_VALUE;

        private Stream(int confirm) {
            this.confirm = confirm;
        }

        /**
         * @param index the window's position on the grid: a window that does not follow the previous one (a gap)
         *        starts the count again
         * @return whether the alarm is raised at this window
         */
        public boolean offer(long index, boolean alarm) {
            run = alarm ? (index == previous + 1 ? run + 1 : 1) : 0;
            previous = index;
            return run >= confirm;
        }
    }
}
