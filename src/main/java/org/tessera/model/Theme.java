package org.tessera.model;

import java.util.Optional;
import org.tessera.util.Colours;

/**
 * The fund's own look from site.yml's {@code theme}: its colours (as #rrggbb) and logo, on the web and in print.
 *
 * @param primary   headings, the cover band and the footer (the built-in navy, #0b3a63, where not given)
 * @param accent    rules and tile borders (the built-in UN blue, #009edb)
 * @param onPrimary text on the primary colour (white)
 * @param logo      an asset shown beside the title on the web and on brochure covers
 */
public record Theme(Optional<String> primary, Optional<String> accent, Optional<String> onPrimary, Optional<String> logo,
                    Position at) {

    /** The built-in colours: navy, UN blue, white. */
    public static final String NAVY = "#0b3a63";
    public static final String BLUE = "#009edb";
    public static final String WHITE = "#ffffff";
    /** Text reads at 4.5:1; rules, borders and very large figures at 3:1 (WCAG 2, AA). */
    public static final double TEXT = 4.5;
    public static final double GRAPHICS = 3;

    public String primaryColour() {
        return primary.orElse(NAVY);
    }

    public String accentColour() {
        return accent.orElse(BLUE);
    }

    public String onPrimaryColour() {
        return onPrimary.orElse(WHITE);
    }

    /** The tiles' ground: the accent, lightened nine parts in ten with white (the built-in #e6f4fb from UN blue). */
    public String tileColour() {
        return Colours.mix(accentColour(), WHITE, 0.1);
    }

    /** Headings, links and figures in the primary colour: itself where it reads on white and on tiles, else a darker shade. */
    public String primaryText() {
        return Colours.darkenedFor(primaryColour(), TEXT, WHITE, tileColour());
    }

    /** Rules and tile borders: the accent, or a darker shade where it does not stand out from white. */
    public String accentMarks() {
        return Colours.darkenedFor(accentColour(), GRAPHICS, WHITE);
    }

    /** Text on the primary colour (the cover band, the footer): the theme's, or white or black where it does not read. */
    public String onPrimaryText() {
        return Colours.contrast(onPrimaryColour(), primaryColour()) >= TEXT ? onPrimaryColour() : Colours.textOn(primaryColour());
    }

    /** The custom properties both stylesheets read, with the shades that pass: {@code --color-primary: #8a1538; …}. */
    public java.util.Map<String, String> tokens() {
        java.util.Map<String, String> tokens = new java.util.LinkedHashMap<>();
        tokens.put("color-primary", primaryColour());
        tokens.put("color-navy", primaryText());
        tokens.put("color-accent", accentMarks());
        tokens.put("color-on-primary", onPrimaryText());
        tokens.put("color-tile", tileColour());
        return tokens;
    }

    /** The tokens as a stylesheet rule, to append after a stylesheet's own {@code :root}. */
    public String cssRule() {
        StringBuilder css = new StringBuilder("\n/* The edition's theme (site.yml), with the shades that read well. */\n:root {");
        tokens().forEach((name, value) -> css.append(" --").append(name).append(": ").append(value).append(";"));
        return css.append(" }\n").toString();
    }
}
