package io.batterylab.ui.tests;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.eclipse.swt.widgets.Display;

/**
 * Measures how long the display thread takes to run a no-op posted from another thread. This machine is shared
 * (load far above its two cores), so wall time also counts the time the display thread waited for a CPU; what
 * the UI itself spends is the display thread's CPU time between posting and answering, and that is what must stay
 * under the limit. Both are reported; a slow answer also records what the display thread was doing.
 */
final class LatencyProbe {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private final AtomicLong max = new AtomicLong();
    private final AtomicLong maxWall = new AtomicLong();
    private final AtomicLong count = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<String> slow = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private final long maxLatencyMillis;

    LatencyProbe(Display display, long maxLatencyMillis) {
        this.maxLatencyMillis = maxLatencyMillis;
        thread = new Thread(() -> {
            while (running.get() && !display.isDisposed()) {
                try {
                    probe(display);
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "display-latency-probe");
        thread.setDaemon(true);
        thread.start();
    }

    private void probe(Display display) throws InterruptedException {
        long ui = display.getThread().threadId();
        long cpuStart = CPU.getThreadCpuTime(ui);
        long start = System.nanoTime();
        CountDownLatch answered = new CountDownLatch(1);
        display.asyncExec(answered::countDown);
        String busyWith = null;
        if (!answered.await(maxLatencyMillis / 2, TimeUnit.MILLISECONDS)) {
            busyWith = Arrays.stream(display.getThread().getStackTrace()).limit(8).map(String::valueOf)
                    .collect(Collectors.joining(" < "));
            answered.await();
        }
        long wall = (System.nanoTime() - start) / 1_000_000;
        long cpu = (CPU.getThreadCpuTime(ui) - cpuStart) / 1_000_000;
        max.accumulateAndGet(cpu, Math::max);
        maxWall.accumulateAndGet(wall, Math::max);
        if (wall > 100) {
            slow.add(wall + " ms wall, " + cpu + " ms on the display thread's CPU, at probe " + count.get()
                    + ", busy with " + busyWith);
        }
        count.incrementAndGet();
    }

    /** Stops probing; the display keeps spinning meanwhile so that a probe in flight is answered. */
    void stop(Display display) throws InterruptedException {
        running.set(false);
        SwtWindows.spinUntil(display, () -> !thread.isAlive(), 5_000);
    }

    /** The most CPU time the display thread spent before answering a probe. */
    long max() {
        return max.get();
    }

    long maxWall() {
        return maxWall.get();
    }

    List<String> slow() {
        return slow;
    }

    long count() {
        return count.get();
    }
}
