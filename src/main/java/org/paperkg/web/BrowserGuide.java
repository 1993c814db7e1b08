package org.paperkg.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.paperkg.graph.CatalogueQuery;
import org.paperkg.graph.CypherCatalog;
import org.paperkg.graph.QueryCatalogue;
import org.paperkg.graph.QueryParameter;
import org.springframework.web.util.HtmlUtils;

/**
 * The Neo4j Browser guide ({@code cypher/guides/lineage.html}) and style ({@code cypher/paper-kg.grass})
 * as the app serves them. The guide's hand-written slides are followed by one slide per catalogue
 * query, made from the query file itself (purpose, example parameters, the Cypher), so the guide never
 * drifts from the catalogue.
 */
final class BrowserGuide {

    /** Where the guide and the style are served. */
    static final String GUIDE_PATH = "/browser-guide/lineage.html";
    static final String STYLE_PATH = "/browser-style/paper-kg.grass";

    private BrowserGuide() {
    }

    /** The guide, with {@code appBase} (such as {@code http://localhost:8080}) in its links. */
    static String guide(String appBase, QueryCatalogue catalogue, CypherCatalog cypher) {
        String slides = catalogue.queries().stream().map(q -> slide(q, cypher.get(q.statement())))
                .collect(Collectors.joining("\n"));
        return resource("cypher/guides/lineage.html").replace("{{catalogue}}", slides)
                .replace("{{base}}", HtmlUtils.htmlEscape(appBase));
    }

    /** The Browser style sheet (grass). */
    static String style() {
        return resource("cypher/paper-kg.grass");
    }

    /** The commands Browser should run on connecting: apply the style, open the guide. */
    static String postConnectCommands(String appBase) {
        return "style " + appBase + STYLE_PATH + "; play " + appBase + GUIDE_PATH;
    }

    private static String slide(CatalogueQuery q, String cypher) {
        StringBuilder s = new StringBuilder("<slide class=\"row-fluid\">\n  <div class=\"col-sm-3\">\n    <h3>")
                .append(esc(q.name())).append("</h3>\n    <p class=\"lead\">").append(esc(q.purpose()))
                .append("</p>\n  </div>\n  <div class=\"col-sm-9\">\n");
        if (!q.parameters().isEmpty()) {
            s.append("    <ul>\n");
            for (QueryParameter p : q.parameters()) {
                s.append("      <li><code>").append(esc(p.name())).append("</code>: ").append(esc(p.description()))
                        .append(p.required() ? "" : " (default " + esc(p.defaultValue()) + ")").append("</li>\n");
            }
            s.append("    </ul>\n    <pre class=\"runnable\">:params ").append(esc(exampleParams(q))).append("</pre>\n");
        }
        if (!q.returns().isEmpty()) {
            s.append("    <p>Returns: ").append(esc(q.returns())).append("</p>\n");
        }
        return s.append("    <pre class=\"runnable\">").append(esc(cypher)).append("</pre>\n  </div>\n</slide>\n")
                .toString();
    }

    /** The header's example values as a Cypher map literal, typed as the query expects them. */
    static String exampleParams(CatalogueQuery q) {
        return q.parameters().stream()
                .map(p -> p.name() + ": " + literal(p.type().convert(p.example())))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String literal(Object value) {
        if (value instanceof String s) {
            return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
        }
        if (value instanceof List<?> l) {
            return l.stream().map(BrowserGuide::literal).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?>) {
            throw new IllegalArgumentException("no map parameters in the catalogue");
        }
        return String.valueOf(value);
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s, StandardCharsets.UTF_8.name());
    }

    private static String resource(String path) {
        try (InputStream in = BrowserGuide.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
