package org.tessera.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.tessera.model.Site;
import org.tessera.model.SitePaths;

/** sitemap.xml and robots.txt: every page for search engines, with absolute addresses where base_url has a host. */
final class SearchFiles {

    private SearchFiles() {
    }

    /** {@code pages} are paths inside the site such as "" (home) or "programmes/tajikistan/". */
    static byte[] sitemap(Site site, List<String> pages) {
        String base = site.absoluteUrl().orElse(site.basePath());
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        String lastmod = site.edition().date().toString();
        for (String page : pages) {
            xml.append("  <url><loc>").append(Html.escape(base + page)).append("</loc><lastmod>")
                    .append(lastmod).append("</lastmod></url>\n");
        }
        return xml.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] robots(Site site) {
        String text = "User-agent: *\nAllow: /\n"
                + site.absoluteUrl().map(u -> "Sitemap: " + u + SitePaths.SITEMAP + "\n").orElse("");
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
