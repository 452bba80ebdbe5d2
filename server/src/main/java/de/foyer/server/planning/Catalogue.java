package de.foyer.server.planning;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The services of the demo office, read from the same file the server seeds its catalogue from. */
public final class Catalogue {

    /** One service: its planned minutes per person and whether citizens may book it online. */
    public record Service(String id, String category, int minutes, boolean onlineBookable) {
    }

    private final List<Service> services;

    public Catalogue(List<Service> services) {
        this.services = List.copyOf(services);
    }

    /** Reads {@code /demo/catalogue.txt} from the class path (it comes with the server). */
    public static Catalogue demo() {
        try (InputStream in = Catalogue.class.getResourceAsStream("/demo/catalogue.txt")) {
            if (in == null) {
                throw new IllegalStateException("demo/catalogue.txt is not on the class path; it comes with foyer-server");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of {@code C|category|…} followed by their {@code S|service|minutes|y/n|…}; # starts a comment. */
    static Catalogue parse(List<String> lines) {
        List<Service> services = new ArrayList<>();
        String category = null;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] field = line.split("\\|", -1);
            if (field[0].equals("C")) {
                category = field[1];
            } else if (field[0].equals("S") && category != null) {
                services.add(new Service(field[1], category, Integer.parseInt(field[2]), field[3].equals("y")));
            }
        }
        return new Catalogue(services);
    }

    public List<Service> services() {
        return services;
    }

    public List<Service> inCategory(String category, boolean onlineOnly) {
        return services.stream()
                .filter(service -> service.category().equals(category))
                .filter(service -> !onlineOnly || service.onlineBookable())
                .toList();
    }

    public Service service(String id) {
        return services.stream().filter(service -> service.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + id));
    }

    /** Planned minutes per service, as the server's wait estimate takes them. */
    public Map<String, Integer> durations() {
        return services.stream().collect(Collectors.toMap(Service::id, Service::minutes));
    }
}
