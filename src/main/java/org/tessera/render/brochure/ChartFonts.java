package org.tessera.render.brochure;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.RingPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

/**
 * Sets the brochure's embedded family on every text of a chart. The PDF maps an AWT font to the embedded font
 * of the same family name, so chart labels stay real, selectable text in the same typeface as the page.
 */
final class ChartFonts {

    static final String FAMILY = "Noto Sans";

    private final Font regular;
    /** For the runs of a label that Noto Sans has no glyphs for (Arabic letters); the PDF embeds its faces too. */
    private final Font arabic;

    private ChartFonts(Font regular, Font arabic) {
        this.regular = regular;
        this.arabic = arabic;
    }

    /**
     * The family shipped in the jar, read without installing it in the system. Bold is the regular face with
     * the bold style: the PDF picks the embedded bold face by family and style.
     */
    static ChartFonts shipped() {
        return new ChartFonts(load("fonts/NotoSans-Regular.ttf"), load("fonts/NotoSansArabic-Regular.ttf"));
    }

    private static Font load(String resource) {
        try (InputStream in = ChartFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing built-in font " + resource);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("unreadable built-in font " + resource, e);
        }
    }

    Font regular(float size) {
        return regular.deriveFont(size);
    }

    Font bold(float size) {
        return regular.deriveFont(Font.BOLD, size);
    }

    /** Noto Sans Arabic in the size and weight of {@code like}. */
    Font arabic(Font like) {
        return arabic.deriveFont(like.getStyle(), like.getSize2D());
    }

    /** Replaces every font of {@code chart}, keeping each text's size and weight. */
    void apply(JFreeChart chart) {
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(same(chart.getTitle().getFont()));
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title title = chart.getSubtitle(i);
            if (title instanceof TextTitle text) {
                text.setFont(same(text.getFont()));
            } else if (title instanceof LegendTitle legend) {
                legend.setItemFont(same(legend.getItemFont()));
            }
        }
        apply(chart.getPlot());
    }

    private void apply(Plot plot) {
        if (plot instanceof CategoryPlot category) {
            axis(category.getDomainAxis());
            for (int i = 0; i < category.getRangeAxisCount(); i++) {
                axis(category.getRangeAxis(i));
            }
            for (int i = 0; i < category.getRendererCount(); i++) {
                if (category.getRenderer(i) != null) {
                    labels(category.getRenderer(i), category.getDataset(i) == null ? 0 : category.getDataset(i).getRowCount());
                }
            }
        } else if (plot instanceof XYPlot xy) {
            axis(xy.getDomainAxis());
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                axis(xy.getRangeAxis(i));
            }
        } else if (plot instanceof PiePlot<?> pie) {
            pie.setLabelFont(same(pie.getLabelFont()));
            if (pie instanceof RingPlot ring) {
                ring.setCenterTextFont(same(ring.getCenterTextFont()));
            }
        }
        if (plot != null && plot.getNoDataMessageFont() != null) {
            plot.setNoDataMessageFont(same(plot.getNoDataMessageFont()));
        }
    }

    /** Value labels: a font set for one series (a progress bar's share) overrides the default one. */
    private void labels(CategoryItemRenderer renderer, int series) {
        renderer.setDefaultItemLabelFont(same(renderer.getDefaultItemLabelFont()));
        for (int s = 0; s < series; s++) {
            if (renderer.getSeriesItemLabelFont(s) != null) {
                renderer.setSeriesItemLabelFont(s, same(renderer.getSeriesItemLabelFont(s)));
            }
        }
    }

    private void axis(Axis axis) {
        if (axis != null) {
            axis.setLabelFont(same(axis.getLabelFont()));
            axis.setTickLabelFont(same(axis.getTickLabelFont()));
        }
    }

    private Font same(Font font) {
        if (font == null) {
            return regular(9f);
        }
        return font.isBold() ? bold(font.getSize2D()) : regular(font.getSize2D());
    }
}
