package de.foyer.kiosk.status;

/**
 * The server could not be reached: no ticket was issued, the kiosk says so plainly, and it keeps
 * trying in the background and returns to the home screen by itself once the server answers.
 */
public final class ServerDownViewModel {

    private final Runnable home;

    public ServerDownViewModel(Runnable home) {
        this.home = home;
    }

    public void home() {
        home.run();
    }
}
