package de.foyer.server.setup;

import de.foyer.server.web.Frame;

import java.util.List;

/**
 * The setup page: the form while the link is valid ({@code token} set), else the sentence that it is
 * not. {@code states}: the states' codes and names for the choice of the office's state.
 */
public record SetupView(Frame frame, String token, List<State> states) {

    public record State(String code, String name) {
    }

    public boolean open() {
        return token != null;
    }
}
