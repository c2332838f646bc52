package io.batterylab.core.detection;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The channels of a window made by {@link SampleWindow#onDemand}: an unmodifiable map whose names are known at once
 * and whose values are read from a {@link ChannelReader} on first use and kept, so that every read of a channel sees
 * the same array. Thread-safe.
 */
final class OnDemandChannels extends AbstractMap<String, double[]> {
    private final int length;
    private final Set<String> names;
    private final ChannelReader reader;
    /** The first channel read (most detectors of a window read the same one) and the others; guarded by this. */
    private String firstName;
    private double[] first;
    private Map<String, double[]> others;

    OnDemandChannels(int length, Set<String> names, ChannelReader reader) {
        this.length = length;
        this.names = Set.copyOf(names);
        this.reader = reader;
    }

    int length() {
        return length;
    }

    @Override
    public int size() {
        return names.size();
    }

    @Override
    public boolean containsKey(Object name) {
        return names.contains(name);
    }

    @Override
    public Set<String> keySet() {
        return names;
    }

    @Override
    public synchronized double[] get(Object name) {
        if (!names.contains(name)) {
            return null;
        }
        double[] values = readAlready((String) name);
        if (values == null) {
            values = reader.values((String) name);
            if (values.length != length) {
                throw new IllegalStateException("channel " + name + " has " + values.length + " values for "
                        + length + " timestamps");
            }
            if (first == null) {
                firstName = (String) name;
                first = values;
            } else {
                others = others == null ? new HashMap<>(4) : others;
                others.put((String) name, values);
            }
        }
        return values;
    }

    /** The newest value of a channel the window has, from its array when it was read already. */
    synchronized double latest(String name) {
        double[] values = readAlready(name);
        return values != null ? values[length - 1] : reader.latest(name);
    }

    private double[] readAlready(String name) {
        if (first != null && firstName.equals(name)) {
            return first;
        }
        return others == null ? null : others.get(name);
    }

    @Override
    public Set<Map.Entry<String, double[]>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, double[]>> iterator() {
                Iterator<String> each = names.iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return each.hasNext();
                    }

                    @Override
                    public Map.Entry<String, double[]> next() {
                        String name = each.next();
                        return Map.entry(name, get(name));
                    }
                };
            }

            @Override
            public int size() {
                return names.size();
            }
        };
    }
}
