package org.paperkg.web;

import org.paperkg.graph.GraphEndpoint;

/** The address a person opens to explore the graph in Neo4j Browser. */
public final class BrowserLinks {

    private BrowserLinks() {
    }

    /** Browser on this app, preset to the graph's Bolt address (and no login when embedded). */
    public static String browserUrl(String appBase, GraphEndpoint graph) {
        // a bolt:// address needs no escaping in a query string, and Browser reads it as written
        String url = appBase + "/browser/?dbms=" + graph.boltUri();
        return "embedded".equals(graph.mode()) ? url + "&preselectAuthMethod=NO_AUTH" : url;
    }
}
