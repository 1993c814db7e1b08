package org.paperkg.web;

import org.paperkg.graph.GraphEndpoint;

/** The address a person opens to explore the graph in Neo4j Browser. */
public final class BrowserLinks {

    private BrowserLinks() {
    }

    /**
     * The app's own address for a person on this machine. {@code localhost}, not {@code 127.0.0.1}:
     * Neo4j Browser fetches guides and styles only from allowed hosts, and {@code localhost} is allowed
     * by default, also by a remote Neo4j that does not list this app.
     */
    public static String appBase(int port) {
        return "http://localhost:" + port;
    }

    /**
     * Browser on this app, preset to the graph's Bolt address. Embedded: no login, and Neo4j itself tells
     * Browser to apply the style and open the lineage guide on connecting ({@link BrowserGuideSetup}).
     * Remote: the link opens the guide (from {@code appBase}, when given), whose first slide applies the
     * style.
     */
    public static String browserUrl(String appBase, GraphEndpoint graph) {
        // a bolt:// address needs no escaping in a query string, and Browser reads it as written
        String url = appBase + "/browser/?dbms=" + graph.boltUri();
        if ("embedded".equals(graph.mode())) {
            return url + "&preselectAuthMethod=NO_AUTH";
        }
        // Browser skips the server's post-connect commands when the link names a guide, so only here
        return appBase.isEmpty() ? url : url + "&cmd=play&arg=" + appBase + BrowserGuide.GUIDE_PATH;
    }
}
