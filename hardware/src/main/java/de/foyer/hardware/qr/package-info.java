/**
 * QR codes drawn with ZXing, as PNG for screens and mail and as ESC/POS raster images for printers
 * that cannot draw QR codes themselves; and reading them back, which tests and the simulator need.
 */
package de.foyer.hardware.qr;
