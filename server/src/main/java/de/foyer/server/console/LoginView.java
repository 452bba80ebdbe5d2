package de.foyer.server.console;

import de.foyer.server.web.Frame;

/** The login page: the frame of someone not signed in, and the path of this server to go to afterwards. */
public record LoginView(Frame frame, String next) {
}
