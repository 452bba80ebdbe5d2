package de.foyer.server.planning;

/**
 * One citizen's case, drawn before the day is run. Times are minutes after opening. A citizen who
 * wants to book gets an appointment near {@code preferredMinute} if one is free, and arrives
 * {@code arrivalOffsetMinutes} from it (negative: early); everyone else walks in at
 * {@code preferredMinute}. {@code serviceMinutes} is how long the case really takes.
 */
public record Citizen(int id, String serviceId, int persons, int plannedMinutes, double serviceMinutes, boolean wantsBooking,
                      boolean noShow, double preferredMinute, double arrivalOffsetMinutes) {

    public Citizen showingUp() {
        return missing(false);
    }

    public Citizen missing(boolean missing) {
        return new Citizen(id, serviceId, persons, plannedMinutes, serviceMinutes, wantsBooking, missing, preferredMinute,
                arrivalOffsetMinutes);
    }

    public Citizen numbered(int number) {
        return new Citizen(number, serviceId, persons, plannedMinutes, serviceMinutes, wantsBooking, noShow, preferredMinute,
                arrivalOffsetMinutes);
    }
}
