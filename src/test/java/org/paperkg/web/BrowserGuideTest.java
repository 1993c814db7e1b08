package org.paperkg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.paperkg.graph.CypherCatalog;
import org.paperkg.graph.GraphEndpoint;
import org.paperkg.graph.QueryCatalogue;
import org.springframework.web.util.HtmlUtils;

/** The Browser style is valid grass for every label, and the guide carries the whole catalogue. */
class BrowserGuideTest {

    private static final Pattern RUNNABLE = Pattern.compile("<pre class=\"runnable\">(.*?)</pre>", Pattern.DOTALL);
    private final CypherCatalog cypher = new CypherCatalog();
    private final QueryCatalogue catalogue = new QueryCatalogue(cypher);

    @Test
    void theStyleIsGrassThatColoursAndCaptionsEveryLabel() {
        Map<String, Map<String, String>> styles = Grass.parse(BrowserGuide.style());

        Map<String, String> captions = Map.of("Paper", "'{title}'", "Author", "'{name}'", "Method", "'{name}'",
                "Task", "'{name}'", "Dataset", "'{name}'", "Metric", "'{name}'", "Result", "'{value}'");
        captions.forEach((label, caption) -> {
            assertThat(styles).containsKey("node." + label);
            assertThat(styles.get("node." + label)).containsEntry("caption", caption).containsKey("color");
        });
        for (String type : List.of("EXTENDS", "IMPROVES_ON", "VARIANT_OF", "INFERRED_BUILDS_ON", "CITES")) {
            assertThat(styles.get("relationship." + type)).containsKey("color");
        }
        assertThat(styles.get("relationship.INFERRED_BUILDS_ON")).containsEntry("caption", "'{basis}'");
        assertThat(styles.values()).allSatisfy(props -> assertThat(props.getOrDefault("color", "#000000"))
                .matches("#[0-9A-F]{6}"));
    }

    @Test
    void theGrassReaderRefusesWhatBrowserWouldDropSilently() {
        assertThatThrownBy(() -> Grass.parse("node.Paper { caption: 'a:b'; }")).hasMessageContaining("caption");
        assertThatThrownBy(() -> Grass.parse("/* comment */ node { color: #FFFFFF; }")).hasMessageContaining("selector");
        assertThatThrownBy(() -> Grass.parse("node.Paper { colour: #FFFFFF; }")).hasMessageContaining("colour");
    }

    @Test
    void theGuideHasASlidePerCatalogueQueryWithItsCypherAndExampleParameters() {
        String guide = BrowserGuide.guide("http://localhost:8080", catalogue, cypher);

        assertThat(guide).doesNotContain("{{").contains("<title>paper-kg: method lineage</title>")
                .contains("<pre class=\"runnable\">:style http://localhost:8080/browser-style/paper-kg.grass</pre>");
        assertThat(count(guide, "<slide ")).isEqualTo(count(guide, "</slide>")).isEqualTo(catalogue.queries().size() + 4);
        List<String> runnable = runnables(guide);
        catalogue.queries().forEach(q -> assertThat(runnable).contains(cypher.get(q.statement())));
        assertThat(runnable).contains(":params {method: 'BERT', depth: 3, inferred: false}",
                ":params {papers: ['arxiv:1810.04805', 'arxiv:1907.11692', 'arxiv:1909.11942'], min: 3}");
    }

    @Test
    void browserIsToldToApplyTheStyleAndOpenTheGuide() {
        assertThat(BrowserGuide.postConnectCommands("http://localhost:8080")).isEqualTo(
                "style http://localhost:8080/browser-style/paper-kg.grass; play http://localhost:8080/browser-guide/lineage.html");
        assertThat(BrowserLinks.browserUrl("http://localhost:8080", new GraphEndpoint("bolt://127.0.0.1:7687", "embedded")))
                .isEqualTo("http://localhost:8080/browser/?dbms=bolt://127.0.0.1:7687&preselectAuthMethod=NO_AUTH");
        assertThat(BrowserLinks.browserUrl("http://localhost:8080", new GraphEndpoint("bolt://db:7687", "remote")))
                .isEqualTo("http://localhost:8080/browser/?dbms=bolt://db:7687&cmd=play&arg=http://localhost:8080/browser-guide/lineage.html");
    }

    private static List<String> runnables(String html) {
        Matcher m = RUNNABLE.matcher(html);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(HtmlUtils.htmlUnescape(m.group(1)));
        }
        return out;
    }

    private static int count(String s, String part) {
        return s.split(Pattern.quote(part), -1).length - 1;
    }
}
