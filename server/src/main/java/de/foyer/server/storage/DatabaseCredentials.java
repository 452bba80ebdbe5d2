package de.foyer.server.storage;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The embedded PostgreSQL's two passwords, random and kept owner-only in the data directory:
 * the superuser's (set-up, backups) and the application role's (everything the server does).
 */
public record DatabaseCredentials(String superuserPassword, String appPassword) {

    static final String FILE = "database.credentials";

    public static DatabaseCredentials loadOrCreate(Path dataDir) throws IOException {
        Path file = dataDir.toAbsolutePath().resolve(FILE);
        if (Files.exists(file)) {
            OwnerOnlyFiles.restrict(file);
            Properties properties = new Properties();
            properties.load(new StringReader(Files.readString(file)));
            String superuser = properties.getProperty("superuser.password");
            String app = properties.getProperty("app.password");
            if (superuser == null || app == null) {
                throw new IOException(file + " lacks superuser.password or app.password");
            }
            return new DatabaseCredentials(superuser, app);
        }
        DatabaseCredentials fresh = new DatabaseCredentials(OwnerOnlyFiles.randomSecret(), OwnerOnlyFiles.randomSecret());
        OwnerOnlyFiles.write(file, "# The embedded PostgreSQL's passwords. Keep this file owner-only; back it up with the data directory.\n"
                + "superuser.password=" + fresh.superuserPassword + "\n"
                + "app.password=" + fresh.appPassword + "\n");
        return fresh;
    }

    public static boolean exist(Path dataDir) {
        return Files.exists(dataDir.toAbsolutePath().resolve(FILE));
    }

    @Override
    public String toString() {
        return "DatabaseCredentials[hidden]";
    }
}
