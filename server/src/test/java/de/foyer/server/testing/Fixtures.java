package de.foyer.server.testing;

import de.foyer.server.booking.BookingTestServer;
import de.foyer.server.storage.Database;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.util.Map;
import java.util.function.Supplier;

/**
 * Hands a test what it runs against, fresh for every test and closed after it: a running
 * {@link TestServer}, a {@link BookingTestServer} or a {@link Database} of its own. A test class
 * asks for them in its constructor or a test method ({@code @ExtendWith(Fixtures.class)}), so no
 * class repeats the start in a {@code @BeforeEach} and the close in an {@code @AfterEach}. A test
 * that needs one with its own settings starts it itself in a try-with-resources.
 */
public final class Fixtures implements ParameterResolver {

    private static final Map<Class<?>, Supplier<AutoCloseable>> KINDS = Map.of(
            TestServer.class, TestServer::start,
            BookingTestServer.class, BookingTestServer::start,
            Database.class, TestDatabase::create);

    /** A constructor's fixtures belong to the one test its instance is made for, not to the whole class. */
    @Override
    public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
        return ExtensionContextScope.TEST_METHOD;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return KINDS.containsKey(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> kind = parameter.getParameter().getType();
        return context.getStore(ExtensionContext.Namespace.create(Fixtures.class, context.getUniqueId()))
                .getOrComputeIfAbsent(kind, key -> new Closing(KINDS.get(kind).get()), Closing.class).fixture;
    }

    /** Closes its fixture when the test's context ends, whatever JUnit's default for plain AutoCloseables. */
    private record Closing(AutoCloseable fixture) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() throws Throwable {
            fixture.close();
        }
    }
}
