package de.foyer.hardware;

/** Finding byte sequences in rendered output. */
public final class Bytes {

    private Bytes() {
    }

    public static byte[] of(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    /** The first index of {@code needle} in {@code haystack} at or after {@code from}, or -1. */
    public static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    public static int indexOf(byte[] haystack, byte[] needle) {
        return indexOf(haystack, needle, 0);
    }

    public static int count(byte[] haystack, byte[] needle) {
        int count = 0;
        for (int at = indexOf(haystack, needle); at >= 0; at = indexOf(haystack, needle, at + 1)) {
            count++;
        }
        return count;
    }
}
