package de.foyer.server.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What a day's cases come for: shares of groups of services, a service drawn evenly within its
 * group. The demo office's mix is by category, as counted at the counter; an office's own is by
 * service, from its history.
 */
public final class ServiceMix {

    /** What people come for at the demo office (shares of cases): ID cards, passports and registration lead. */
    private static final List<Map.Entry<String, Double>> DEMO_CATEGORY_SHARES = List.of(
            Map.entry("ausweis", 0.30), Map.entry("pass", 0.18), Map.entry("melden", 0.26), Map.entry("bescheinigungen", 0.12),
            Map.entry("abfall", 0.05), Map.entry("fundsachen", 0.03), Map.entry("sonstiges", 0.06));

    private record Group(double share, List<Catalogue.Service> services) {
    }

    private final List<Group> groups;

    private ServiceMix(List<Group> groups) {
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("A day needs at least one service to come for");
        }
        this.groups = List.copyOf(groups);
    }

    /**
     * The demo office's shares by category; a catalogue without those categories (another office's)
     * gets every service alike.
     */
    public static ServiceMix demo(Catalogue catalogue) {
        List<Group> groups = new ArrayList<>();
        for (Map.Entry<String, Double> share : DEMO_CATEGORY_SHARES) {
            List<Catalogue.Service> services = catalogue.inCategory(share.getKey(), false);
            if (!services.isEmpty()) {
                groups.add(new Group(share.getValue(), services));
            }
        }
        return groups.size() == DEMO_CATEGORY_SHARES.size() ? new ServiceMix(groups) : even(catalogue);
    }

    public static ServiceMix even(Catalogue catalogue) {
        return new ServiceMix(catalogue.services().stream()
                .map(service -> new Group(1.0 / catalogue.services().size(), List.of(service))).toList());
    }

    /** Shares as counted: cases by service id (services no longer in the catalogue are left out). */
    public static ServiceMix observed(Catalogue catalogue, Map<String, Integer> casesByService) {
        double total = catalogue.services().stream().mapToInt(service -> casesByService.getOrDefault(service.id(), 0)).sum();
        if (total == 0) {
            return even(catalogue);
        }
        return new ServiceMix(catalogue.services().stream()
                .filter(service -> casesByService.getOrDefault(service.id(), 0) > 0)
                .map(service -> new Group(casesByService.get(service.id()) / total, List.of(service))).toList());
    }

    /** How long a case of this mix takes on average, in minutes: each group's share of its services' mean length. */
    double meanMinutes() {
        return groups.stream().mapToDouble(group -> group.share()
                * group.services().stream().mapToInt(Catalogue.Service::minutes).average().orElse(0)).sum();
    }

    /**
     * A service for one citizen; who books online draws among the group's online services (the
     * whole group where it has none: the case is then booked by staff). Always two draws, so that
     * the citizens of a seed stay the same citizens.
     */
    Catalogue.Service draw(Random random, boolean online) {
        double draw = random.nextDouble();
        double sum = 0;
        Group chosen = groups.get(groups.size() - 1);
        for (Group group : groups) {
            sum += group.share();
            if (draw < sum) {
                chosen = group;
                break;
            }
        }
        List<Catalogue.Service> choices = online ? chosen.services().stream().filter(Catalogue.Service::onlineBookable).toList()
                : chosen.services();
        if (choices.isEmpty()) {
            choices = chosen.services();
        }
        int pick = random.nextInt(1_000_000);
        return choices.get(pick % choices.size());
    }
}
