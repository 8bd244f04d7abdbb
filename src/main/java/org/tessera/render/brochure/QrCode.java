package org.tessera.render.brochure;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.tessera.render.Html;

/**
 * A QR code to an address, drawn as vectors: an SVG path on the print page, filled squares in the PDF. Each
 * dark module is a square of the grid, with the standard quiet zone of four modules around the code.
 */
final class QrCode {

    private static final int QUIET_ZONE = 4;

    private final BitMatrix modules;

    QrCode(String text) {
        try {
            modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.MARGIN, QUIET_ZONE,
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()));
        } catch (WriterException e) {
            // Only text too long for any QR version fails; a web address is far shorter.
            throw new IllegalArgumentException("no QR code can hold " + text.length() + " characters", e);
        }
    }

    /** Modules across, quiet zone included. */
    int size() {
        return modules.getWidth();
    }

    /** The code as an inline SVG image described by {@code alt}. */
    String svg(String alt) {
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < size(); y++) {
            for (int x = 0; x < size(); x++) {
                if (modules.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg class=\"b-qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size() + " " + size()
                + "\" role=\"img\" aria-label=\"" + Html.escape(alt) + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"" + size() + "\" height=\"" + size() + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    /** Draws the code into a square of {@code side} units at the origin of {@code g}. */
    void draw(Graphics2D g, double side) {
        double module = side / size();
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, side, side));
        g.setColor(Color.BLACK);
        for (int y = 0; y < size(); y++) {
            for (int x = 0; x < size(); x++) {
                if (modules.get(x, y)) {
                    // A hair wider than the module, so that neighbours meet without a visible seam.
                    g.fill(new Rectangle2D.Double(x * module, y * module, module + 0.01, module + 0.01));
                }
            }
        }
    }
}
