package org.tessera.render;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tessera.model.Hero;
import org.tessera.render.image.ImageVariants;

/** A hero photograph for templates: its sizes and address from the page, caption, credit and alt text. */
final class Heroes {

    /** The hero spans the content column (72rem at most, see tessera.css). */
    static final String SIZES = "(min-width: 72rem) 72rem, 100vw";

    private Heroes() {
    }

    static Map<String, Object> view(Hero hero, RenderContext ctx, ImageVariants images) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("src", ctx.siteRoot() + hero.image());
        view.put("srcset", "");
        view.put("sizes", "");
        view.put("width", "");
        view.put("height", "");
        images.responsive(hero.image()).ifPresent(r -> {
            view.put("src", r.src(ctx.siteRoot()));
            view.put("srcset", r.srcset(ctx.siteRoot()));
            view.put("sizes", SIZES);
            view.put("width", r.fallback().width());
            view.put("height", r.fallback().height());
        });
        view.put("alt", hero.alt());
        view.put("caption", hero.caption());
        view.put("credit", hero.credit());
        return view;
    }
}
