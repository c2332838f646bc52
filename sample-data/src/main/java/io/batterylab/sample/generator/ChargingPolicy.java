package io.batterylab.sample.generator;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A two-step fast-charging policy in Severson's notation "C1(Q1%)-C2": charge at C1 from 0 % to Q1 % state of
 * charge, then at C2 up to 80 % (the rest, 80 -> 100 %, is the same 1C CC-CV for every cell and not part of the
 * policy). A one-step policy has Q1 = 80 % and C1 = C2, written e.g. "3.6C(80%)-3.6C".
 *
 * @param firstRate C1 in C (multiples of the nominal capacity per hour)
 * @param switchSocPercent Q1, 1..80
 * @param secondRate C2 in C
 */
public record ChargingPolicy(double firstRate, int switchSocPercent, double secondRate) {
    /** The fast-charge window ends at 80 % state of charge. */
    public static final int FAST_CHARGE_END_PERCENT = 80;

    private static final Pattern NOTATION = Pattern.compile("(\\d+(?:\\.\\d+)?)C\\((\\d+)%\\)-(\\d+(?:\\.\\d+)?)C");

    public ChargingPolicy {
        if (firstRate <= 0 || secondRate <= 0 || switchSocPercent < 1 || switchSocPercent > FAST_CHARGE_END_PERCENT) {
            throw new IllegalArgumentException("invalid charging policy: " + firstRate + "C(" + switchSocPercent + "%)-"
                    + secondRate + "C");
        }
    }

    public static ChargingPolicy parse(String notation) {
        Matcher m = NOTATION.matcher(notation.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a charging policy like 5.4C(40%)-3.6C: '" + notation + "'");
        }
        return new ChargingPolicy(Double.parseDouble(m.group(1)), Integer.parseInt(m.group(2)),
                Double.parseDouble(m.group(3)));
    }

    /** Minutes from 0 to 80 % state of charge: Q1 / C1 + (80 % - Q1) / C2 hours. */
    public double minutesTo80Percent() {
        double q1 = switchSocPercent / 100.0;
        double q2 = (FAST_CHARGE_END_PERCENT - switchSocPercent) / 100.0;
        return 60 * (q1 / firstRate + q2 / secondRate);
    }

    /**
     * Root-mean-square C-rate over the fast-charge window: Joule heat and lithium-plating stress grow with the
     * square of the current, so this is the policy's stress measure. Each step lasts q_k / C_k hours, hence
     * C_rms^2 = sum(C_k q_k) / sum(q_k / C_k).
     */
    public double rmsRate() {
        double q1 = switchSocPercent / 100.0;
        double q2 = (FAST_CHARGE_END_PERCENT - switchSocPercent) / 100.0;
        return Math.sqrt((firstRate * q1 + secondRate * q2) / (q1 / firstRate + q2 / secondRate));
    }

    /** Severson's notation, rates without trailing zeros: "5.4C(40%)-3.6C", "6C(30%)-3.6C". */
    @Override
    public String toString() {
        return rate(firstRate) + "C(" + switchSocPercent + "%)-" + rate(secondRate) + "C";
    }

    private static String rate(double c) {
        return new BigDecimal(Double.toString(c)).stripTrailingZeros().toPlainString();
    }
}
