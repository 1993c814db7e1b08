package org.paperkg.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.paperkg.graph.GraphEndpoint;

/** The address a person opens to explore the graph in Neo4j Browser. */
public final class BrowserLinks {

    private BrowserLinks() {
    }

    /** Browser on this app, preset to the graph's Bolt address (and no login when embedded). */
    public static String browserUrl(String appBase, GraphEndpoint graph) {
        String url = appBase + "/browser/?dbms=" + URLEncoder.encode(graph.boltUri(), StandardCharsets.UTF_8);
        return "embedded".equals(graph.mode()) ? url + "&preselectAuthMethod=NO_AUTH" : url;
    }
}
