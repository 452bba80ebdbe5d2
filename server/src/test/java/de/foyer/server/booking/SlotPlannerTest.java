package de.foyer.server.booking;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The slot planner on its own: hours, breaks, closed days, persons × duration, the online quota, the release delay. */
class SlotPlannerTest {

    private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 26);
    private static final LocalDateTime THE_DAY_BEFORE = LocalDateTime.of(2026, 11, 25, 12, 0);
    private final SlotPlanner planner = new SlotPlanner();

    private static SlotPlanner.Day day(int lanes, int quota, String... periods) {
        List<SlotPlanner.Period> list = new ArrayList<>();
        for (String period : periods) {
            String[] times = period.split("-");
            list.add(new SlotPlanner.Period(LocalTime.parse(times[0]), LocalTime.parse(times[1])));
        }
        return new SlotPlanner.Day(THURSDAY, list, lanes, quota);
    }

    private static SlotPlanner.Occupation booked(int lane, String start, int minutes, boolean online) {
        LocalTime from = LocalTime.parse(start);
        return new SlotPlanner.Occupation(lane, from, from.plusMinutes(minutes), online, null);
    }

    private static List<LocalTime> starts(List<SlotPlanner.Slot> slots) {
        return slots.stream().map(SlotPlanner.Slot::start).toList();
    }

    @Test
    void timesRunFromOpeningToTheLastBlockThatEndsByClosing() {
        List<SlotPlanner.Slot> free = planner.free(day(1, 100, "08:00-10:00"), List.of(), 15, Channel.STAFF, THE_DAY_BEFORE);

        assertThat(free).hasSize(8);
        assertThat(free.get(0)).isEqualTo(new SlotPlanner.Slot(LocalTime.of(8, 0), LocalTime.of(8, 15), 1));
        assertThat(free.get(7).end()).isEqualTo(LocalTime.of(10, 0));
    }

    @Test
    void aDayWithALunchBreakOffersNoTimeThatRunsIntoTheBreak() {
        SlotPlanner.Day withBreak = day(1, 100, "08:00-12:00", "13:00-15:00");

        List<LocalTime> starts = starts(planner.free(withBreak, List.of(), 45, Channel.STAFF, THE_DAY_BEFORE));

        assertThat(starts).contains(LocalTime.of(11, 0), LocalTime.of(13, 0), LocalTime.of(14, 0))
                .doesNotContain(LocalTime.of(11, 30), LocalTime.of(12, 0), LocalTime.of(12, 30), LocalTime.of(14, 30));
        assertThat(starts).allSatisfy(start -> assertThat(start.plusMinutes(45).isAfter(LocalTime.of(12, 0))
                && start.isBefore(LocalTime.of(13, 0))).isFalse());
    }

    @Test
    void aDayBookedBeyondItsCapacityTakesAnExtraLaneAndAQuotaOfTheEnlargedCapacity() {
        SlotPlanner.Day exact = day(4, 50, "08:00-09:00");
        SlotPlanner.Day beyond = new SlotPlanner.Day(THURSDAY, exact.periods(), 4, 50, 25);
        List<SlotPlanner.Occupation> taken = new ArrayList<>();
        for (int lane = 1; lane <= 4; lane++) {
            taken.add(booked(lane, "08:00", 30, false));
        }

        assertThat(starts(planner.free(exact, taken, 30, Channel.STAFF, THE_DAY_BEFORE))).containsExactly(LocalTime.of(8, 30));
        assertThat(planner.free(beyond, taken, 30, Channel.STAFF, THE_DAY_BEFORE)).as("the fifth lane, at both starts")
                .extracting(SlotPlanner.Slot::lane).containsExactly(5, 1);
        List<SlotPlanner.Occupation> online = new ArrayList<>();
        for (int lane = 1; lane <= 4; lane++) {
            online.add(booked(lane, "08:00", 30, true));
        }
        assertThat(planner.free(exact, online, 30, Channel.ONLINE, THE_DAY_BEFORE)).as("120 of 240 minutes: the quota is full").isEmpty();
        assertThat(planner.free(beyond, online, 30, Channel.ONLINE, THE_DAY_BEFORE)).as("150 of 300 minutes allowed: one more")
                .extracting(SlotPlanner.Slot::start).containsExactly(LocalTime.of(8, 0), LocalTime.of(8, 30));
        assertThat(new SlotPlanner.Day(THURSDAY, exact.periods(), 3, 50, 10).bookableLanes()).as("rounded up").isEqualTo(4);
    }

    @Test
    void aClosedDayHasNoTimes() {
        SlotPlanner.Day closed = new SlotPlanner.Day(THURSDAY, List.of(), 5, 100);

        assertThat(planner.free(closed, List.of(), 15, Channel.STAFF, THE_DAY_BEFORE)).isEmpty();
    }

    @Test
    void personsMultiplyTheDurationAndABlockTakesItsLaneForAllOfIt() {
        SlotPlanner.Day oneLane = day(1, 100, "08:00-09:00");

        List<SlotPlanner.Slot> forTwo = planner.free(oneLane, List.of(), 2 * 15, Channel.STAFF, THE_DAY_BEFORE);
        assertThat(forTwo).extracting(SlotPlanner.Slot::end).containsExactly(LocalTime.of(8, 30), LocalTime.of(9, 0));

        List<SlotPlanner.Occupation> taken = List.of(booked(1, "08:00", 30, false));
        assertThat(starts(planner.free(oneLane, taken, 15, Channel.STAFF, THE_DAY_BEFORE)))
                .containsExactly(LocalTime.of(8, 30), LocalTime.of(8, 45));
    }

    @Test
    void eachStaffedCounterIsALaneAndATimeIsFreeWhileOneLaneIs() {
        SlotPlanner.Day twoLanes = day(2, 100, "08:00-08:30");
        List<SlotPlanner.Occupation> taken = List.of(booked(1, "08:00", 15, false));

        assertThat(planner.free(twoLanes, taken, 15, Channel.STAFF, THE_DAY_BEFORE))
                .containsExactly(new SlotPlanner.Slot(LocalTime.of(8, 0), LocalTime.of(8, 15), 2),
                        new SlotPlanner.Slot(LocalTime.of(8, 15), LocalTime.of(8, 30), 1));
        List<SlotPlanner.Occupation> full = List.of(booked(1, "08:00", 15, false), booked(2, "08:00", 15, true));
        assertThat(starts(planner.free(twoLanes, full, 15, Channel.STAFF, THE_DAY_BEFORE))).containsExactly(LocalTime.of(8, 15));
    }

    @Test
    void longBlocksStartEveryHalfHourAtMost() {
        assertThat(starts(planner.free(day(1, 100, "08:00-10:00"), List.of(), 60, Channel.STAFF, THE_DAY_BEFORE)))
                .containsExactly(LocalTime.of(8, 0), LocalTime.of(8, 30), LocalTime.of(9, 0));
    }

    @Test
    void timesThatHavePassedAreNotOffered() {
        LocalDateTime nineOClock = THURSDAY.atTime(9, 0);

        assertThat(starts(planner.free(day(1, 100, "08:00-10:00"), List.of(), 30, Channel.STAFF, nineOClock)))
                .containsExactly(LocalTime.of(9, 30));
    }

    @Test
    void thePortalFillsEachHourOnlyUpToTheOnlineQuotaWhileStaffBookTheReserve() {
        // 4 lanes × 60 minutes, 75 %: 180 online minutes in that hour, that is 12 blocks of 15.
        SlotPlanner.Day day = day(4, 75, "08:00-09:00");
        List<SlotPlanner.Occupation> taken = new ArrayList<>();
        for (int lane = 1; lane <= 3; lane++) {
            for (int quarter = 0; quarter < 4; quarter++) {
                taken.add(booked(lane, LocalTime.of(8, 15 * quarter).toString(), 15, true));
            }
        }

        assertThat(planner.free(day, taken, 15, Channel.ONLINE, THE_DAY_BEFORE)).as("the online quota is used up").isEmpty();
        assertThat(planner.free(day, taken, 15, Channel.STAFF, THE_DAY_BEFORE)).as("the reserve lane")
                .hasSize(4).allSatisfy(slot -> assertThat(slot.lane()).isEqualTo(4));

        taken.remove(0);
        assertThat(planner.free(day, taken, 15, Channel.ONLINE, THE_DAY_BEFORE)).as("15 online minutes left: any one time")
                .hasSize(4);
        taken.add(booked(4, "08:30", 15, true));
        assertThat(planner.free(day, taken, 15, Channel.ONLINE, THE_DAY_BEFORE)).isEmpty();
    }

    @Test
    void staffBookingsDoNotUseUpTheOnlineQuota() {
        SlotPlanner.Day day = day(4, 75, "08:00-09:00");
        List<SlotPlanner.Occupation> taken = List.of(booked(1, "08:00", 60, false), booked(2, "08:00", 60, false));

        assertThat(planner.free(day, taken, 15, Channel.ONLINE, THE_DAY_BEFORE)).hasSize(4)
                .allSatisfy(slot -> assertThat(slot.lane()).isEqualTo(3));
    }

    @Test
    void theQuotaIsCountedPerHourSoTheReserveIsSpreadOverTheDay() {
        SlotPlanner.Day day = day(1, 50, "08:00-10:00");

        List<LocalTime> starts = starts(planner.free(day, List.of(booked(1, "08:00", 30, true)), 15, Channel.ONLINE, THE_DAY_BEFORE));

        assertThat(starts).as("08:00–09:00 has its 30 online minutes; 09:00–10:00 has not")
                .containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 15), LocalTime.of(9, 30), LocalTime.of(9, 45));
    }

    @Test
    void aCancelledTimeReturnsToThePortalOnlyAfterTheReleaseDelayButToStaffAtOnce() {
        SlotPlanner.Day day = day(1, 100, "08:00-08:30");
        LocalDateTime releasedAt = THE_DAY_BEFORE.plusMinutes(30);
        List<SlotPlanner.Occupation> taken = List.of(
                new SlotPlanner.Occupation(1, LocalTime.of(8, 0), LocalTime.of(8, 15), true, releasedAt));

        assertThat(starts(planner.free(day, taken, 15, Channel.ONLINE, THE_DAY_BEFORE))).containsExactly(LocalTime.of(8, 15));
        assertThat(starts(planner.free(day, taken, 15, Channel.ONLINE, releasedAt.minusSeconds(1)))).containsExactly(LocalTime.of(8, 15));
        assertThat(starts(planner.free(day, taken, 15, Channel.STAFF, THE_DAY_BEFORE)))
                .containsExactly(LocalTime.of(8, 0), LocalTime.of(8, 15));
        assertThat(starts(planner.free(day, taken, 15, Channel.ONLINE, releasedAt)))
                .containsExactly(LocalTime.of(8, 0), LocalTime.of(8, 15));
    }

    @Test
    void anImportedBookingFindsALaneAtAnyMinute() {
        SlotPlanner.Day day = day(2, 100, "08:00-09:00");
        List<SlotPlanner.Occupation> taken = List.of(booked(1, "08:00", 30, false));

        assertThat(planner.laneFor(day, taken, LocalTime.of(8, 7), LocalTime.of(8, 22))).contains(2);
        assertThat(planner.laneFor(day, List.of(booked(1, "08:00", 30, false), booked(2, "08:10", 10, false)),
                LocalTime.of(8, 7), LocalTime.of(8, 22))).isEmpty();
    }
}
