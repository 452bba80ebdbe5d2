package de.foyer.server.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the demo categories and services from demo/catalogue.txt, which reads better than code. */
final class DemoCatalogue {

    private final DemoDao dao;
    private final String officeId;

    DemoCatalogue(DemoDao dao, String officeId) {
        this.dao = dao;
        this.officeId = officeId;
    }

    void load() {
        try (InputStream in = DemoCatalogue.class.getResourceAsStream("/demo/catalogue.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String category = null;
            int position = 0;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] field = line.split("\\|", -1);
                position++;
                if (field[0].equals("C")) {
                    category = field[1];
                    dao.insertCategory(field[1], officeId, field[2], field[3], field[4], position);
                } else {
                    dao.insertService(officeId, new DemoDao.DemoService(field[1], category, Integer.parseInt(field[2]),
                            field[3].equals("y"), field[4], field[5], field[6], field[7]), position);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        translate();
    }

    /** The kiosk's further languages, from their own file: {@code id|language|name|information}. */
    private void translate() {
        try (InputStream in = DemoCatalogue.class.getResourceAsStream("/demo/catalogue-translations.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] field = line.split("\\|", -1);
                dao.translate(field[0], field[1], field[2], field[3]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
