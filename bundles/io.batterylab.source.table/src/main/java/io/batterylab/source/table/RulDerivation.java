package io.batterylab.source.table;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * Cycle life for a battery whose file gives no RUL: its last cycle, so that RUL = last cycle - cycle.
 * This assumes the rows run to the end of the battery's life. When the capacity shows that they
 * stop well before (e.g. a summary file of a cell that went on cycling in a later batch), deriving
 * would invent RULs hundreds of cycles too small, so RUL is then left unknown instead.
 */
public final class RulDerivation {
    /** End of life as Severson et al. define it: 0.88 Ah of 1.1 Ah, i.e. 80 % state of health. */
    public static final double END_OF_LIFE_PCL = 0.20;
    /**
     * Files end a cycle before the threshold is crossed and their PCL is often smoothed (the
     * Severson .mat ends at PCL 0.197-0.200): within two points counts as having reached it.
     */
    static final double REACHED_END_OF_LIFE_PCL = 0.18;

    private RulDerivation() {
    }

    /**
     * @param lastPcl PCL at the last cycle, NaN when the file gives no PCL or capacity
     * @return the cycle life to derive RUL from, empty when the data visibly stop before end of life
     */
    public static OptionalInt cycleLife(String battery, int lastCycle, double lastPcl, IssueLog log) {
        if (!Double.isNaN(lastPcl) && lastPcl < REACHED_END_OF_LIFE_PCL) {
            log.warn(null, null, String.format(Locale.ROOT,
                    "battery '%s': no RUL given and the data end at cycle %d with PCL %.1f %%, before end of life"
                            + " (PCL %.0f %%), so its RUL is left unknown",
                    battery, lastCycle, 100 * lastPcl, 100 * END_OF_LIFE_PCL));
            return OptionalInt.empty();
        }
        return OptionalInt.of(lastCycle);
    }

    /** The one warning for all batteries whose RUL was derived. */
    public static void warnDerived(int batteries, boolean endOfLifeChecked, IssueLog log) {
        if (batteries > 0) {
            log.warn(null, null, "RUL derived as last cycle - cycle for " + batteries
                    + (batteries == 1 ? " battery" : " batteries") + ": this assumes each battery's rows run to its end"
                    + " of life" + (endOfLifeChecked ? "" : " (not checked: the file gives no PCL or capacity)"));
        }
    }
}
