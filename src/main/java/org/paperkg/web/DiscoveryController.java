package org.paperkg.web;

import java.util.Map;
import org.paperkg.graph.GraphEndpoint;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The root address: Neo4j Browser asks it (as JSON) where Bolt is, the way a Neo4j server's discovery
 * document answers; a person's browser is sent on to Browser itself.
 */
@RestController
class DiscoveryController {

    private final GraphEndpoint graph;

    DiscoveryController(GraphEndpoint graph) {
        this.graph = graph;
    }

    @GetMapping(value = "/", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, String> discovery() {
        return Map.of("bolt_direct", graph.boltUri(), "neo4j_version", "5.26", "neo4j_edition", "community");
    }

    @GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE)
    RedirectView home() {
        return new RedirectView(BrowserLinks.browserUrl(
                ServletUriComponentsBuilder.fromCurrentContextPath().toUriString(), graph));
    }
}
