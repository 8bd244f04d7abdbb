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
                            String siteRoot, SeriesColours colours) {

    public RenderContext(Edition edition, Figures figures, Messages messages, Formats formats, String root) {
        this(edition, figures, messages, formats, root, root, SeriesColours.NONE);
    }

    /** The context of a page whose way back to the root, of its language and of the site, is {@code newRoot}. */
    public RenderContext atRoot(String newRoot) {
        return atRoot(newRoot, newRoot);
    }

    /**
     * The context of a page in a translation: {@code newRoot} leads to the root of its language, where its other pages
     * are, and {@code newSiteRoot} to the site's root, where the files every language shares are.
     */
    public RenderContext atRoot(String newRoot, String newSiteRoot) {
        return new RenderContext(edition, figures, messages, formats, newRoot, newSiteRoot, colours);
    }

    /** The folder of the page's language inside the site ("fr/"), "" for the first language. */
    public String languageFolder() {
        return root.startsWith(siteRoot) ? root.substring(siteRoot.length()) : "";
    }

    /** The context for the components of {@code story}: its charts share their series' colours. */
    public RenderContext forStory(Story story) {
        return new RenderContext(edition, figures, messages, formats, root, siteRoot, SeriesColours.of(story, this));
    }
}
