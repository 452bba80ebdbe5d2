package de.foyer.protocol;

import java.util.List;

public record OfficeInfo(String id, String name, String timeZone, List<WaitingAreaInfo> waitingAreas) {

    public record WaitingAreaInfo(String id, String name) {
    }

    public record Listing(List<OfficeInfo> offices) {
    }
}
