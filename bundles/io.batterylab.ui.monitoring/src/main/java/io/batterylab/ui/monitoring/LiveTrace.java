package io.batterylab.ui.monitoring;

import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.monitor.StoredSample;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The samples of the device shown in the charts, in time order, at most {@link #CAPACITY}; gives them as chart series
 * in minutes relative to the window's end.
 */
public final class LiveTrace {
    public static final int CAPACITY = 20_000;

    /** One point: received at (ms), channels, the node's status and the detectors' verdict (null when unknown). */
    public record Point(long atMs, Map<String, Double> channels, DeviceStatus deviceStatus, DeviceStatus modelStatus) {
        public Point {
            channels = Map.copyOf(channels);
        }

        static Point of(StoredSample sample) {
            return new Point(sample.receivedAt().toEpochMilli(), sample.channels(), sample.deviceStatus(),
                    sample.modelStatus());
        }

        static Point of(LiveEvent.Sample sample) {
            return new Point(sample.at().toEpochMilli(), sample.channels(), sample.deviceStatus(),
                    sample.modelStatus());
        }
    }

    /** x in minutes (negative: before the window's end), y the values. */
    public record Series(double[] x, double[] y) {
        public int size() {
            return x.length;
        }
    }

    private final Deque<Point> points = new ArrayDeque<>();

    public void replace(List<StoredSample> samples) {
        points.clear();
        samples.forEach(s -> add(Point.of(s)));
    }

    /** Appends a point; one older than the newest is dropped (the charts only move forward while live). */
    public void add(Point point) {
        if (!points.isEmpty() && point.atMs() < points.peekLast().atMs()) {
            return;
        }
        points.addLast(point);
        while (points.size() > CAPACITY) {
            points.removeFirst();
        }
    }

    public void trimBefore(long ms) {
        while (!points.isEmpty() && points.peekFirst().atMs() < ms) {
            points.removeFirst();
        }
    }

    public int size() {
        return points.size();
    }

    /** The values of one channel; samples without it are left out. */
    public Series channel(String name, long endMs) {
        return series(p -> p.channels().get(name), endMs);
    }

    /** A status as a level: 0 NORMAL, 1 WARNING, 2 DANGER; samples without it are left out. */
    public Series status(Function<Point, DeviceStatus> status, long endMs) {
        return series(p -> {
            DeviceStatus s = status.apply(p);
            return s == null ? null : (double) s.ordinal();
        }, endMs);
    }

    private Series series(Function<Point, Double> value, long endMs) {
        List<double[]> xy = new ArrayList<>(points.size());
        for (Point p : points) {
            Double v = value.apply(p);
            if (v != null && Double.isFinite(v)) {
                xy.add(new double[] {(p.atMs() - endMs) / 60_000.0, v});
            }
        }
        double[] x = new double[xy.size()];
        double[] y = new double[xy.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = xy.get(i)[0];
            y[i] = xy.get(i)[1];
        }
        return new Series(x, y);
    }
}
