package de.foyer.protocol.client;

import picocli.CommandLine;

import java.net.URI;
import java.net.URISyntaxException;

/** Reads a device's {@code --server URL}: an http or https address with a host, refused otherwise while the command line is read. */
public final class ServerAddress implements CommandLine.ITypeConverter<URI> {

    public static final String DEFAULT = "http://localhost:8080";

    @Override
    public URI convert(String text) {
        try {
            URI uri = new URI(text);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // Refused below with the form expected.
        }
        throw new CommandLine.TypeConversionException("the server is an http:// or https:// address such as " + DEFAULT
                + ", not '" + text + "'.");
    }
}
