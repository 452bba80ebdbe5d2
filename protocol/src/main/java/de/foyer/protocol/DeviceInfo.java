package de.foyer.protocol;

import java.util.List;

/**
 * A device as the server knows it ({@code GET /api/v1/devices/me}): a kiosk in a town hall's foyer
 * may serve several offices, and lists them first when it does.
 *
 * @param kind        kiosk or display
 * @param offices     the ids of the offices it serves, its first office first
 * @param waitingArea a display's waiting area; null for a kiosk
 */
public record DeviceInfo(String id, String name, String kind, List<String> offices, String waitingArea) {
}
