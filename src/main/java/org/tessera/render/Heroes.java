package org.tessera.render;

import java.util.Map;
import org.tessera.model.Hero;

/** A hero photograph for templates: its address from the page, caption, credit and alt text. */
public final class Heroes {

    private Heroes() {
    }

    public static Map<String, Object> view(Hero hero, RenderContext ctx) {
        return Map.of("src", ctx.root() + hero.image(), "alt", hero.alt(), "caption", hero.caption(), "credit", hero.credit());
    }
}
