package org.tessera.render;

import org.tessera.model.Edition;
import org.tessera.model.Story;
import org.tessera.render.component.SeriesColours;
import org.tessera.resolve.Figures;

/**
 * What every component and page needs to render: the edition, its figures, the language's words and
 * formats, {@code root}, the relative way from the page being rendered back to the site root, and the colours
 * of the series of the story being rendered.
 */
public record RenderContext(Edition edition, Figures figures, Messages messages, Formats formats, String root,
                            SeriesColours colours) {

    public RenderContext(Edition edition, Figures figures, Messages messages, Formats formats, String root) {
        this(edition, figures, messages, formats, root, SeriesColours.NONE);
    }

    public RenderContext atRoot(String newRoot) {
        return new RenderContext(edition, figures, messages, formats, newRoot, colours);
    }

    /** The context for the components of {@code story}: its charts share their series' colours. */
    public RenderContext forStory(Story story) {
        return new RenderContext(edition, figures, messages, formats, root, SeriesColours.of(story, this));
    }
}
