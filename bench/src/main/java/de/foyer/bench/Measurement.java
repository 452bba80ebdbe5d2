package de.foyer.bench;

/**
 * One measured value. {@code target} is the office's goal in words (e.g. "< 50 ms") and
 * {@code met} whether this run reached it; both null when there is no goal. A value that could
 * not be measured in this build is NaN, with the reason in {@code notMeasured}.
 */
public record Measurement(String key, String label, double value, String unit, String target, Boolean met, String notMeasured) {

    public static Measurement of(String key, String label, double value, String unit) {
        return new Measurement(key, label, value, unit, null, null, null);
    }

    /** A value that should stay below a limit. */
    public static Measurement below(String key, String label, double value, String unit, double limit) {
        return new Measurement(key, label, value, unit, "< " + Format.number(limit) + " " + unit, value < limit, null);
    }

    /** A value that may reach a limit but not pass it. */
    public static Measurement atMost(String key, String label, double value, String unit, double limit) {
        return new Measurement(key, label, value, unit, "≤ " + Format.number(limit) + " " + unit, value <= limit, null);
    }

    public static Measurement notMeasured(String key, String label, String unit, String reason) {
        return new Measurement(key, label, Double.NaN, unit, null, null, reason);
    }
}
