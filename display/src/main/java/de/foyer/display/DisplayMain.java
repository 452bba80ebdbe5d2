package de.foyer.display;

import javafx.application.Application;
import picocli.CommandLine;

/**
 * Starts the call screen. It is not the {@link Application} itself, so that the JavaFX runtime can
 * be loaded from the class path of a plain {@code java -jar}.
 */
public final class DisplayMain {

    private DisplayMain() {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new DisplayCommand(System.getenv())).execute(args));
    }
}
