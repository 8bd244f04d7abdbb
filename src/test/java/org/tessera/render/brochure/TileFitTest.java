package org.tessera.render.brochure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.tessera.model.Brochure;

/** A tile's figure is set smaller in print only where it would otherwise run past its tile. */
class TileFitTest {

    private final TileFit a4 = new TileFit(PageBox.of(Brochure.Paper.A4));

    private static String tiles(String figure) {
        return "<ul class=\"tiles\"><li class=\"tile\"><span class=\"tile__figure\">" + figure + "</span></li></ul>";
    }

    private float printedSize(String figure) {
        String style = Jsoup.parse(a4.apply(tiles(figure))).selectFirst(".tile__figure").attr("style");
        return style.isEmpty() ? TileFit.SIZE : Float.parseFloat(style.replaceAll("[^0-9.]", ""));
    }

    @Test
    void a_short_figure_keeps_the_stylesheets_size_and_the_page_is_untouched() {
        assertEquals(tiles("2,263"), a4.apply(tiles("2,263")));
        assertEquals(TileFit.SIZE, printedSize("1 million+"));
    }

    @Test
    void a_figure_wider_than_its_tile_is_set_smaller_until_it_fits() {
        float size = printedSize("1,234,567,890,123");
        assertTrue(size < TileFit.SIZE, "size " + size);
        float tile = (PageBox.of(Brochure.Paper.A4).contentWidth() - 4 * PageBox.mm(2)) / 3 - PageBox.mm(6);
        assertTrue(TextWidths.of("1,234,567,890,123", size, true) <= tile, "fits at " + size + " pt");
    }

    @Test
    void no_break_spaces_hold_a_figure_together_when_it_is_measured() {
        assertTrue(printedSize("USD\u00a01,950,000,000,000") < printedSize("USD 1,950,000,000,000"),
                "a figure held together by no-break spaces is measured whole");
    }

    @Test
    void a_compact_figure_is_measured_by_the_words_shown_not_the_exact_figure_for_screen_readers() {
        String html = "<span aria-hidden=\"true\">207.6 million</span><span class=\"visually-hidden\">207,625,000,000,000,000</span>";
        assertEquals(TileFit.SIZE, printedSize(html));
    }
}
