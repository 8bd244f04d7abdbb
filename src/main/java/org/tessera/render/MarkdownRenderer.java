package org.tessera.render;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.tessera.model.Component;
import org.tessera.model.InlineImage;
import org.tessera.model.Position;
import org.tessera.model.MarkdownDialect;
import org.tessera.model.SitePaths;
import org.tessera.model.Story;
import org.tessera.render.image.Responsive;
import org.tessera.util.PrefixedMatches;

/**
 * Turns a parsed story into HTML. Raw HTML is shown as text unless the edition allows it, and then it is
 * cleaned; {@code javascript:} and other script links never survive. Component blocks are replaced by the
 * HTML the caller renders for them.
 */
public final class MarkdownRenderer {

    /** The address of the page a story is published on, read by {@link RootLinks} while the story renders. */
    private static final com.vladsch.flexmark.util.data.DataKey<String> PAGE = new com.vladsch.flexmark.util.data.DataKey<>("TESSERA_PAGE", "");

    /** Links written from the site root ("/donors/", "assets/x.png") are made relative to each page. */
    static final String ROOT_TOKEN = "tessera-root:/";
    /** Links to the files every language shares (assets, data downloads), made relative to the site's root. */
    static final String SHARED_TOKEN = "tessera-site:/";
    private static final Pattern UNSAFE_URL = Pattern.compile("(?i)^\\s*(javascript|vbscript|data|file):.*", Pattern.DOTALL);
    private static final String COMPONENT_PREFIX = "<tessera-component data-line=\"";
    private static final Pattern COMPONENT = Pattern.compile(Pattern.quote(COMPONENT_PREFIX) + "(\\d+)\"></tessera-component>");
    private static final Pattern VALUE = Pattern.compile("\\{\\{(?:&lt;|<)\\s*value\\s+([^\\s&<>]+)\\s*(?:&gt;|>)}}");

    private final HtmlRenderer renderer;
    private final boolean allowHtml;

    public MarkdownRenderer(boolean allowHtml) {
        this(allowHtml, asset -> Optional.empty());
    }

    /** {@code images} gives the published sizes of an image of the edition ("assets/…"), for srcset. */
    public MarkdownRenderer(boolean allowHtml, Function<String, Optional<Responsive>> images) {
        this.allowHtml = allowHtml;
        MutableDataSet options = new MutableDataSet(MarkdownDialect.options());
        options.set(HtmlRenderer.ESCAPE_HTML, !allowHtml);
        options.set(HtmlRenderer.SUPPRESSED_LINKS, "(?i)\\s*(javascript|vbscript|data|file):.*");
        this.renderer = HtmlRenderer.builder(options)
                .nodeRendererFactory(ComponentBlocks::new)
                .nodeRendererFactory(options1 -> new Photos(images))
                .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                    @Override
                    public AttributeProvider apply(com.vladsch.flexmark.html.renderer.LinkResolverContext context) {
                        return new PublicationAttributes();
                    }
                })
                .linkResolverFactory(new RootLinks())
                .htmlIdGeneratorFactory(new HeadingIdsFactory())
                .build();
    }

    /**
     * Renders {@code story}; {@code components} gives the HTML of the component starting on a line,
     * {@code values} the formatted figure of an indicator code, {@code root} the way back to the root of the page's
     * language and {@code siteRoot} the way back to the site's root, where the files every language shares are.
     */
    public String render(Story story, IntFunction<String> components, java.util.function.Function<String, String> values,
                         String root, String siteRoot) {
        String html;
        // flexmark keeps rendering state in the document (footnote ordinals, heading ids): a story shown on its
        // page and in a brochure, rendered on two threads at once, must take turns.
        synchronized (story.document()) {
            story.document().set(PAGE, SitePaths.story(story.file()).orElse(""));
            html = renderer.render(story.document());
        }
        if (allowHtml) {
            html = Jsoup.clean(html, "", safelist(), new org.jsoup.nodes.Document.OutputSettings().prettyPrint(false));
        }
        html = replace(COMPONENT, COMPONENT_PREFIX, html, m -> components.apply(story.bodyLine() + Integer.parseInt(m.group(1)) + 1));
        html = replace(VALUE, "{{", html, m -> values.apply(m.group(1)));
        return html.replace(SHARED_TOKEN, siteRoot).replace(ROOT_TOKEN, root);
    }

    /** Replaces each match of {@code pattern}, which always begins with {@code prefix}. */
    private static String replace(Pattern pattern, String prefix, String html, Function<MatchResult, String> with) {
        List<MatchResult> matches = PrefixedMatches.in(html, pattern, prefix);
        if (matches.isEmpty()) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 1024);
        int copied = 0;
        for (MatchResult match : matches) {
            // substring, not append(html, from, to): Java 17 copies a range of a String char by char
            out.append(html.substring(copied, match.start())).append(with.apply(match));
            copied = match.end();
        }
        return out.append(html.substring(copied)).toString();
    }

    /** What raw HTML may contain when an edition allows it: structure and formatting, no scripts or handlers. */
    private static Safelist safelist() {
        return Safelist.relaxed()
                .addTags("figure", "figcaption", "section", "aside", "details", "summary", "mark", "small", "abbr",
                        "tessera-component", "sup", "sub", "hr")
                .addAttributes(":all", "class", "id", "lang", "dir", "title")
                .addAttributes("tessera-component", "data-line")
                .addAttributes("a", "rel", "target")
                .addAttributes("img", "loading", "decoding", "srcset", "sizes")
                .addProtocols("a", "href", "tessera-root", "tessera-site", "#")
                .addProtocols("img", "src", "tessera-root", "tessera-site")
                .preserveRelativeLinks(true);
    }

    /** Emits a placeholder for tiles, chart and table blocks; other code blocks render as code. */
    private static final class ComponentBlocks implements NodeRenderer {
        ComponentBlocks(DataHolder options) {
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, this::render));
        }

        private void render(FencedCodeBlock block, NodeRendererContext context, HtmlWriter html) {
            if (Component.isComponentName(block.getInfo().toString().strip())) {
                html.line().raw("<tessera-component data-line=\"" + block.getStartLineNumber() + "\"></tessera-component>").line();
            } else {
                context.delegateRender();
            }
        }
    }

    /** Alignment as classes (the align attribute is obsolete in HTML) and lazy images. */
    private static final class PublicationAttributes implements AttributeProvider {
        @Override
        public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
            if (node instanceof TableCell) {
                String align = attributes.getValue("align");
                if (align != null && !align.isEmpty()) {
                    attributes.remove("align");
                    attributes.addValue("class", "align-" + align);
                }
            } else if (node instanceof Image) {
                // No decoding="async": it lets headless screenshots and print captures miss images that have loaded.
                attributes.replaceValue("loading", "lazy");
            }
        }
    }

    /** Makes site-absolute and assets/ links relative to the page, and drops script links. */
    private static final class RootLinks implements LinkResolverFactory {
        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return (node, ctx, link) -> {
                String url = link.getUrl();
                if (UNSAFE_URL.matcher(url).matches()) {
                    return link.withStatus(LinkStatus.INVALID).withUrl("#");
                }
                if (url.startsWith("/") && !url.startsWith("//")) {
                    return link.withUrl(token(url.substring(1)) + url.substring(1)).withStatus(LinkStatus.VALID);
                }
                if (url.startsWith(SitePaths.ASSETS)) {
                    return link.withUrl(SHARED_TOKEN + url).withStatus(LinkStatus.VALID);
                }
                // A relative link is relative to the story's own page, wherever the text is published again (a
                // brochure's print page, its PDF): from the root, it leads to the same place from every page.
                String page = PAGE.get(node.getDocument());
                String rest = url.replaceFirst("^[^?#]*", "");
                return page.isEmpty() ? link : SitePaths.resolve(page, url)
                        .map(path -> link.withUrl(token(path) + path + rest).withStatus(LinkStatus.VALID)).orElse(link);
            };
        }

        private static String token(String path) {
            return SitePaths.isShared(path) ? SHARED_TOKEN : ROOT_TOKEN;
        }
    }

    /**
     * Images of the edition get their published sizes (srcset, width, height) and load lazily; an image alone in
     * its paragraph with a title becomes a figure whose caption and credit are written under it (see InlineImage).
     */
    private static final class Photos implements NodeRenderer {
        /** Images in a story sit in the prose column (42rem at most, see tessera.css). */
        static final String SIZES = "(min-width: 44rem) 42rem, 100vw";

        private final Function<String, Optional<Responsive>> images;

        Photos(Function<String, Optional<Responsive>> images) {
            this.images = images;
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Image.class, this::image),
                    new NodeRenderingHandler<>(Paragraph.class, this::paragraph));
        }

        private void paragraph(Paragraph paragraph, NodeRendererContext context, HtmlWriter html) {
            Optional<Image> sole = figureImage(paragraph);
            if (sole.isEmpty()) {
                context.delegateRender();
                return;
            }
            InlineImage image = InlineImage.of(sole.get(), Position.of(""));
            html.attr("class", "photo").withAttr().tag("figure");
            context.render(sole.get());
            html.tag("figcaption");
            html.text(image.caption());
            if (!image.credit().isEmpty()) {
                html.raw(image.caption().isEmpty() ? "" : " ");
                html.attr("class", "credit").withAttr().tag("span").text(image.credit()).closeTag("span");
            }
            html.closeTag("figcaption").closeTag("figure").line();
        }

        private void image(Image node, NodeRendererContext context, HtmlWriter html) {
            String url = node.getUrl().unescape();
            Optional<Responsive> sizes = url.startsWith(SitePaths.ASSETS) ? images.apply(url) : Optional.empty();
            if (sizes.isEmpty()) {
                context.delegateRender();
                return;
            }
            Responsive r = sizes.get();
            InlineImage image = InlineImage.of(node, Position.of(""));
            html.attr("src", r.src(SHARED_TOKEN)).attr("srcset", r.srcset(SHARED_TOKEN)).attr("sizes", SIZES)
                    .attr("width", String.valueOf(r.fallback().width())).attr("height", String.valueOf(r.fallback().height()))
                    .attr("alt", image.alt());
            if (figureImage(node.getParent()).isEmpty() && !node.getTitle().isBlank()) {
                html.attr("title", node.getTitle().unescape());
            }
            html.attr("loading", "lazy");
            html.srcPos(node.getChars()).withAttr().tagVoid("img");
        }

        /** The image of a paragraph that holds only an image with a title: a captioned photo. */
        private static Optional<Image> figureImage(Node paragraph) {
            if (!(paragraph instanceof Paragraph)) {
                return Optional.empty();
            }
            Image found = null;
            for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Image image && found == null) {
                    found = image;
                } else if (!(child instanceof SoftLineBreak) && !child.getChars().isBlank()) {
                    return Optional.empty();
                }
            }
            return found == null || found.getTitle().isBlank() ? Optional.empty() : Optional.of(found);
        }
    }

    /** Headings get the ids {@link org.tessera.model.HeadingIds} gives them: never one the page gives an element of its own. */
    private static final class HeadingIdsFactory implements com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory {
        @Override
        public com.vladsch.flexmark.html.renderer.HtmlIdGenerator create(com.vladsch.flexmark.html.renderer.LinkResolverContext context) {
            return new org.tessera.model.HeadingIds();
        }

        @Override
        public com.vladsch.flexmark.html.renderer.HtmlIdGenerator create() {
            return new org.tessera.model.HeadingIds();
        }
    }
}
