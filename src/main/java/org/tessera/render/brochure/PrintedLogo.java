package org.tessera.render.brochure;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A donor's logo as printed on a back cover: its file, and a size that keeps its proportions within a box of
 * {@value #MAX_WIDTH_MM} × {@value #MAX_HEIGHT_MM} mm. The size is written on the image because CSS max-width and
 * max-height alone would stretch a wide logo, and the PDF engine takes an SVG's size from its viewBox, not its width.
 */
record PrintedLogo(String path, double widthMm, double heightMm) {

    static final double MAX_WIDTH_MM = 40;
    static final double MAX_HEIGHT_MM = 14;

    private static final Pattern SVG_TAG = Pattern.compile("<svg\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern VIEW_BOX = Pattern.compile(
            "\\sviewBox\\s*=\\s*[\"']\\s*[-+.\\deE]+[\\s,]+[-+.\\deE]+[\\s,]+([+.\\deE]+)[\\s,]+([+.\\deE]+)\\s*[\"']");
    private static final Pattern WIDTH = Pattern.compile("\\swidth\\s*=\\s*[\"']\\s*([.\\d]+)(?:px)?\\s*[\"']");
    private static final Pattern HEIGHT = Pattern.compile("\\sheight\\s*=\\s*[\"']\\s*([.\\d]+)(?:px)?\\s*[\"']");

    /** The logo at {@code path}, {@code width} by {@code height} in any unit, fitted to the box. */
    static PrintedLogo fitted(String path, double width, double height) {
        if (!(width > 0 && height > 0)) {
            return new PrintedLogo(path, MAX_HEIGHT_MM, MAX_HEIGHT_MM); // proportions unknown: a square
        }
        double scale = Math.min(MAX_WIDTH_MM / width, MAX_HEIGHT_MM / height);
        return new PrintedLogo(path, width * scale, height * scale);
    }

    /** An SVG logo fitted by its viewBox, else by its width and height in pixels. */
    static PrintedLogo svg(String path, byte[] svg) {
        String text = new String(svg, 0, Math.min(svg.length, 64 * 1024), StandardCharsets.UTF_8);
        Matcher tag = SVG_TAG.matcher(text);
        if (!tag.find()) {
            return fitted(path, 0, 0);
        }
        String root = tag.group();
        Matcher box = VIEW_BOX.matcher(root);
        if (box.find()) {
            return fitted(path, number(box.group(1)), number(box.group(2)));
        }
        Optional<Double> w = first(WIDTH, root);
        Optional<Double> h = first(HEIGHT, root);
        return fitted(path, w.orElse(0.0), h.orElse(0.0));
    }

    String css() {
        return String.format(Locale.ROOT, "width: %.1fmm; height: %.1fmm", widthMm, heightMm);
    }

    private static Optional<Double> first(Pattern pattern, String tag) {
        Matcher m = pattern.matcher(tag);
        return m.find() ? Optional.of(number(m.group(1))) : Optional.empty();
    }

    private static double number(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
