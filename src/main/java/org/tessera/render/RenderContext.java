package org.tessera.render;

import org.tessera.model.Edition;
import org.tessera.resolve.Figures;

/**
 * What every component and page needs to render: the edition, its figures, the language's words and
 * formats, and {@code root}, the relative way from the page being rendered back to the site root.
 */
public record RenderContext(Edition edition, Figures figures, Messages messages, Formats formats, String root) {

    public RenderContext atRoot(String newRoot) {
        return new RenderContext(edition, figures, messages, formats, newRoot);
    }
}
