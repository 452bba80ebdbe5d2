package de.foyer.server.admin;

import de.foyer.server.web.Frame;

import java.util.List;
import java.util.stream.Stream;

/**
 * The settings page: one section per part of the office's settings, in the order of {@link #SECTIONS},
 * each with the forms that change it. Every text is plain; labels are keys of the staff pages' words.
 */
public record SettingsPageView(Frame frame, Form office, Areas areas, Form rules, Hours hours, List<CounterForm> counters, Form addCounter,
                               List<Form> retiredCounters,
                               Services services,
                               Form catalogueImport,
                               Listing categories, Devices devices, Listing notices, Clerks clerks, Offices offices) {

    /** The sections' ids, the anchors of the page's table of contents. */
    public static final List<String> SECTIONS = List.of("office", "areas", "rules", "hours", "counters", "services", "categories", "devices",
            "notices", "clerks");

    /** The installation's offices, each linked to its settings, and the form that makes another; for its administrator only. */
    public record Offices(List<OfficeEntry> existing, Form add) {
    }

    /** An office of the installation, linked to its settings, with the form that closes it for good or opens it again. */
    public record OfficeEntry(Frame.Link link, boolean retired, Form action) {
    }

    /** The sections this viewer sees, in order: the installation's offices last, for its administrator. */
    public List<String> sections() {
        return offices == null ? SECTIONS : Stream.concat(SECTIONS.stream(), Stream.of("offices")).toList();
    }

    /** The office's waiting areas by name, and a form for another. */
    public record Areas(List<String> names, Form add) {
    }

    /** The weekly hours, the closed days to come (each with a form that removes it), and a form for another. */
    public record Hours(Form times, List<Form> closures, Form addClosure) {
    }

    /** A counter, folded: its name and how many services it serves, the form that changes it and the one that retires it. */
    public record CounterForm(String name, int serviceCount, Form form, Form retire) {
    }

    /**
     * The services offered, each with the form that changes it and the one that retires it, a form for
     * another, and the retired ones, each with a form that offers it again.
     */
    public record Services(List<ServiceForms> offered, Form add, List<Form> retired) {
    }

    public record ServiceForms(Form change, Form retire) {
    }

    /** Forms for what there is, and one to add another. */
    public record Listing(List<Form> forms, Form add) {
    }

    public record Devices(List<DeviceRow> rows, Form register) {
    }

    /**
     * A device: {@code lastSeen} in the office's time, null if never; {@code printerKey} names the
     * printer's state, null for a device without one. Its forms give it a new token, revoke it, or
     * change its name and waiting area.
     *
     * @param sharedWith the other offices a foyer kiosk serves, by id, comma-separated; empty for most devices
     */
    public record DeviceRow(String id, String name, String kindKey, String sharedWith, String waitingArea, boolean online, String lastSeen,
                            String printerKey, boolean printerOk, Form newToken, Form revoke, Form change) {
    }

    public record Clerks(List<ClerkForms> accounts, Form add) {
    }

    /** An account: {@code lockedUntil} (office time) while sign-in is locked after failed attempts, else null. */
    public record ClerkForms(String username, String lockedUntil, Form change, Form password) {
    }
}
