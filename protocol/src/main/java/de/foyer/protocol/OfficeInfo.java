package de.foyer.protocol;

import java.util.List;
import java.util.Map;

public record OfficeInfo(String id, String name, String timeZone, List<WaitingAreaInfo> waitingAreas) {

    /** A waiting area: {@code name} in the language asked for, {@code names} in every language kept, German first. */
    public record WaitingAreaInfo(String id, String name, Map<String, String> names) {
    }

    public record Listing(List<OfficeInfo> offices) {
    }
}
