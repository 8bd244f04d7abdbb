package org.tessera.render.brochure;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxOutputDevice;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.tessera.model.Chart;
import org.tessera.model.Component;
import org.tessera.model.Dataset;
import org.tessera.render.ComponentRenderer;
import org.tessera.render.Html;
import org.tessera.render.RenderContext;
import org.tessera.render.component.ChartMirror;
import org.tessera.render.component.ChartRenderer;
import org.tessera.render.component.SourceLine;

/**
 * Charts in the PDF: each chart becomes an {@code <object>} that the PDF engine hands back to be drawn straight
 * into the page as vectors, so its labels stay real text in the embedded font (an inline SVG would turn them
 * into glyph outlines). Tiles and tables go to the site's component renderer unchanged. The back cover's QR
 * code is drawn the same way.
 */
final class ChartObjects implements ComponentRenderer, FSObjectDrawerFactory {

    static final String TYPE = "application/x-tessera-chart";
    static final String QR_TYPE = "application/x-tessera-qr";
    /** The text column of a brochure in CSS pixels: 174 mm on A4, 180 mm on Letter. */
    static final int COLUMN_WIDTH = 660;

    private final ComponentRenderer site;
    private final ChartSource source;
    private final ChartFonts fonts;
    private final List<JFreeChart> drawings = new ArrayList<>();
    private final List<QrCode> codes = new ArrayList<>();

    ChartObjects(ComponentRenderer site, ChartSource source, ChartFonts fonts) {
        this.site = site;
        this.source = source;
        this.fonts = fonts;
    }

    @Override
    public String render(Component component, RenderContext ctx) {
        if (!(component instanceof Chart chart)) {
            return site.render(component, ctx);
        }
        Optional<ChartSource.Drawing> drawing = source.chart(chart, ctx, COLUMN_WIDTH);
        if (drawing.isEmpty()) {
            return site.render(component, ctx);
        }
        ChartSource.Drawing d = drawing.get();
        prepare(d.chart());
        drawings.add(d.chart());
        String description = Html.escape(d.description().isBlank() ? d.title() : d.description());
        return "<div class=\"b-chart\"><p class=\"b-chart__title\">" + Html.escape(d.title()) + "</p>"
                + "<object class=\"b-chart__drawing\" type=\"" + TYPE + "\" data-chart=\"" + (drawings.size() - 1)
                + "\" style=\"height: " + d.height() + "px\" alt=\"" + description + "\" title=\"" + description + "\"></object>"
                + ChartRenderer.note(chart) + source(chart, ctx) + "</div>";
    }

    /** A QR code to {@code url}, drawn into the PDF as filled squares like the charts; {@code alt} tags it. */
    String qr(String url, String alt) {
        codes.add(new QrCode(url));
        String description = Html.escape(alt);
        return "<object class=\"b-qr\" type=\"" + QR_TYPE + "\" data-qr=\"" + (codes.size() - 1) + "\" alt=\""
                + description + "\" title=\"" + description + "\"></object>";
    }

    /** Where the figures come from, linked to the data, as under the chart on the website. */
    private static String source(Chart chart, RenderContext ctx) {
        Dataset data = ctx.edition().datasets().get(chart.data());
        return data == null ? "" : "<p class=\"chart__source source-line\">" + SourceLine.html(data, ctx) + "</p>";
    }

    @Override
    public boolean isReplacedObject(org.w3c.dom.Element e) {
        return TYPE.equals(e.getAttribute("type")) || QR_TYPE.equals(e.getAttribute("type"));
    }

    @Override
    public FSObjectDrawer createDrawer(org.w3c.dom.Element e) {
        if (!isReplacedObject(e)) {
            return null;
        }
        if (QR_TYPE.equals(e.getAttribute("type"))) {
            QrCode code = codes.get(Integer.parseInt(e.getAttribute("data-qr")));
            return (element, x, y, width, height, device, context, dotsPerPixel) -> {
                float side = (float) Math.min(width, height) / dotsPerPixel;
                device.drawWithGraphics((float) x, (float) y, side, side, g -> code.draw(g, side));
                return null;
            };
        }
        JFreeChart drawing = drawings.get(Integer.parseInt(e.getAttribute("data-chart")));
        boolean rightToLeft = TileGrid.rightToLeft(e);
        if (rightToLeft) {
            ChartMirror.apply(drawing);
        }
        return (element, x, y, width, height, device, context, dotsPerPixel) -> {
            float w = (float) width / dotsPerPixel;
            float h = (float) height / dotsPerPixel;
            device.drawWithGraphics((float) x, (float) y, w, h, g -> {
                text(g, device, rightToLeft);
                drawing.draw(g, new Rectangle2D.Double(0, 0, w, h));
            });
            return null;
        };
    }

    /** Labels with Arabic letters drawn shaped, in drawing order and in a face that has them, as text. */
    private void text(Graphics2D g, OutputDevice device, boolean rightToLeft) {
        if (g instanceof PdfBoxGraphics2D pdf && device instanceof PdfBoxOutputDevice pages) {
            pdf.setFontTextDrawer(new ChartTextDrawer(pages.getSharedContext(), PdfWriter.BIDI, fonts, rightToLeft));
        }
    }

    /** The title above the drawing is text on the page, so the drawing leaves it out; its fonts become the brochure's. */
    private void prepare(JFreeChart drawing) {
        drawing.setTitle((String) null);
        fonts.apply(drawing);
    }
}
