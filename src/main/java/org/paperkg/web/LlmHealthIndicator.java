package org.paperkg.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.paperkg.extract.OpenAiChatClient;
import org.paperkg.pipeline.ExtractorChoice;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Actuator health of the LLM server ({@code llm}). Modes: {@code llm} (a server answers), {@code fallback}
 * (no server answers; the offline extractor stands in, so the service is still up), {@code off} (no server
 * configured; the offline extractor is the extractor). Down only when no server answers and nothing
 * stands in.
 */
@Component("llmHealthIndicator")
class LlmHealthIndicator extends AbstractHealthIndicator {

    private final ObjectProvider<OpenAiChatClient> client;
    private final ExtractorChoice extractors;

    LlmHealthIndicator(ObjectProvider<OpenAiChatClient> client, ExtractorChoice extractors) {
        super("LLM health check failed");
        this.client = client;
        this.extractors = extractors;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        OpenAiChatClient llm = client.getIfAvailable();
        builder.withDetail("extractor", extractors.primary().info().extractor())
                .withDetail("model", extractors.primary().info().model());
        if (llm == null) {
            builder.up().withDetail("mode", "off");
            return;
        }
        Map<String, String> servers = new LinkedHashMap<>();
        for (URI server : llm.servers()) {
            String problem = llm.checkServer(server, GrobidHealthIndicator.TIMEOUT);
            servers.put(server.toString(), problem == null ? "UP" : problem);
        }
        boolean anyUp = servers.containsValue("UP");
        builder.withDetail("servers", servers).withDetail("circuit", llm.circuitState());
        if (anyUp) {
            builder.up().withDetail("mode", "llm");
        } else if (extractors.fallback() != null) {
            builder.up().withDetail("mode", "fallback").withDetail("standIn", extractors.fallback().info().extractor());
        } else {
            builder.down().withDetail("mode", "llm").withDetail("papers", "wait as pending until a server is back");
        }
    }
}
