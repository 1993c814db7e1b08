package org.paperkg.web;

import org.paperkg.graph.EmbeddedNeo4j;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * In embedded mode, tells Neo4j Browser to apply the paper-kg style and open the lineage guide as soon
 * as it connects: the app sets Neo4j's {@code browser.post_connect_cmd} once its web port is known. With
 * a remote Neo4j that setting is the server's own; the printed Browser link opens the guide instead.
 */
@Component
class BrowserGuideSetup implements ApplicationListener<WebServerInitializedEvent> {

    private final ObjectProvider<EmbeddedNeo4j> embedded;

    BrowserGuideSetup(ObjectProvider<EmbeddedNeo4j> embedded) {
        this.embedded = embedded;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        EmbeddedNeo4j neo4j = embedded.getIfAvailable();
        if (neo4j != null) {
            neo4j.browserPostConnectCommands(BrowserGuide.postConnectCommands(
                    BrowserLinks.appBase(event.getWebServer().getPort())));
        }
    }
}
