package io.batterylab.detection.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options after a sub-command: {@code --name VALUE} pairs, repeatable {@code --set NAME=VALUE} settings and
 * {@code --help}. Anything else is a usage error naming the argument.
 */
record Options(Map<String, String> values, Map<String, String> settings, boolean help) {

    static Options parse(List<String> args, Set<String> known) throws UsageException {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> settings = new LinkedHashMap<>();
        boolean help = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
                continue;
            }
            if (!arg.equals("--set") && !known.contains(arg)) {
                throw new UsageException("unknown option '" + arg + "'");
            }
            if (i + 1 >= args.size()) {
                throw new UsageException(arg + " needs a value");
            }
            String value = args.get(++i);
            if (arg.equals("--set")) {
                int eq = value.indexOf('=');
                if (eq <= 0) {
                    throw new UsageException("--set expects NAME=VALUE, got '" + value + "'");
                }
                settings.put(value.substring(0, eq).trim(), value.substring(eq + 1));
            } else if (values.put(arg, value) != null) {
                throw new UsageException(arg + " is given twice");
            }
        }
        return new Options(values, settings, help);
    }

    String required(String name) throws UsageException {
        String value = values.get(name);
        if (value == null) {
            throw new UsageException(name + " is required");
        }
        return value;
    }

    String optional(String name) {
        return values.get(name);
    }

    int integer(String name, int defaultValue, int min) throws UsageException {
        String text = values.get(name);
        if (text == null) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= min) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(name + " must be a whole number >= " + min + ", got '" + text + "'");
    }

    double decimal(String name, double defaultValue, double min, double max) throws UsageException {
        String text = values.get(name);
        if (text == null) {
            return defaultValue;
        }
        try {
            double value = Double.parseDouble(text.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(name + " must be a number from " + min + " to " + max + ", got '" + text + "'");
    }
}
