package de.foyer.hardware.printer;

/** How the ticket's QR code reaches the paper. */
public enum QrMode {
    /** The printer draws the code itself from the link (GS ( k); small and sharp, needs firmware support. */
    NATIVE,
    /** We draw the code and send it as a raster image (GS v 0); works on printers without QR support. */
    RASTER
}
