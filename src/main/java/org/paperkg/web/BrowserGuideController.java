package org.paperkg.web;

import org.paperkg.graph.CypherCatalog;
import org.paperkg.graph.QueryCatalogue;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Serves the lineage guide and the style to Neo4j Browser ({@code :play} and {@code :style} fetch them
 * with XHR). Open to any origin for GET: Browser may be opened as {@code 127.0.0.1} while the guide is
 * linked as {@code localhost}, and both are read-only documents.
 */
@RestController
@CrossOrigin(origins = "*", methods = RequestMethod.GET)
class BrowserGuideController {

    private final QueryCatalogue catalogue;
    private final CypherCatalog cypher;

    BrowserGuideController(QueryCatalogue catalogue, CypherCatalog cypher) {
        this.catalogue = catalogue;
        this.cypher = cypher;
    }

    @GetMapping(value = BrowserGuide.GUIDE_PATH, produces = "text/html;charset=UTF-8")
    String guide() {
        return BrowserGuide.guide(ServletUriComponentsBuilder.fromCurrentContextPath().toUriString(), catalogue, cypher);
    }

    @GetMapping(value = BrowserGuide.STYLE_PATH, produces = "text/plain;charset=UTF-8")
    String style() {
        return BrowserGuide.style();
    }
}
