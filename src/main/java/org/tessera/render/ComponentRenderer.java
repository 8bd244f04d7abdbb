package org.tessera.render;

import org.tessera.model.Component;

/**
 * Renders a data-driven component (tiles, chart, table) to an HTML fragment that does not depend on the
 * page around it, so websites and brochures show the same figure.
 */
public interface ComponentRenderer {

    String render(Component component, RenderContext context);
}
