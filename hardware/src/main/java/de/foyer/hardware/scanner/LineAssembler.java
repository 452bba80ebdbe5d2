package de.foyer.hardware.scanner;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts codes back together from a serial byte stream: a code may arrive in several reads, and
 * ends with CR, LF or both. Not thread-safe; one reader thread owns it.
 */
final class LineAssembler {

    /** Longer than any code we print; guards against a device that never sends a line end. */
    static final int MAX_CODE_BYTES = 4096;

    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private boolean overflowed;

    /** The codes completed by these bytes, in order; empty lines (as between CR and LF) are skipped. */
    List<String> feed(byte[] bytes, int length) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            byte current = bytes[i];
            if (current == '\r' || current == '\n') {
                if (pending.size() > 0 && !overflowed) {
                    codes.add(pending.toString(StandardCharsets.UTF_8));
                }
                pending.reset();
                overflowed = false;
            } else if (pending.size() < MAX_CODE_BYTES) {
                pending.write(current);
            } else {
                overflowed = true;
            }
        }
        return codes;
    }

    /** Forgets half a code, e.g. when the cable was pulled in the middle of it. */
    void reset() {
        pending.reset();
        overflowed = false;
    }
}
