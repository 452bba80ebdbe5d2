package de.foyer.server.operations;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** /health answers 200 only while the database takes a write; /metrics is Prometheus text; /openapi.json the contract. */
public final class OperationsRoutes {

    private static final Logger log = LoggerFactory.getLogger(OperationsRoutes.class);

    private final Jdbi jdbi;
    private final PrometheusMeterRegistry registry;
    private final byte[] openApi;

    public OperationsRoutes(Jdbi jdbi, PrometheusMeterRegistry registry) {
        this.jdbi = jdbi;
        this.registry = registry;
        this.openApi = readOpenApi();
    }

    public void register(RoutesConfig routes) {
        routes.get("/health", this::health);
        routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape()));
        routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
    }

    private void health(Context ctx) {
        try {
            // A write, committed: reads alone stay possible on a full disk while every booking fails.
            jdbi.useTransaction(handle -> new HealthProbeDao(handle).touch());
            ctx.json(Map.of("status", "UP"));
        } catch (RuntimeException e) {
            log.warn("Health check: the database does not take a write ({})", e.getMessage());
            ctx.status(503).json(Map.of("status", "DOWN"));
        }
    }

    private static byte[] readOpenApi() {
        try (InputStream in = OperationsRoutes.class.getResourceAsStream("/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the server's resources");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
