package org.paperkg.web;

import java.time.Duration;
import org.paperkg.source.GrobidClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Actuator health of Grobid ({@code grobid}): mode {@code grobid} with the server's answer to
 * {@code /api/isalive}, or mode {@code off} when no server is configured and PDFs are read with PDFBox.
 */
@Component("grobidHealthIndicator")
class GrobidHealthIndicator extends AbstractHealthIndicator {

    static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final ObjectProvider<GrobidClient> grobid;

    GrobidHealthIndicator(ObjectProvider<GrobidClient> grobid) {
        super("Grobid health check failed");
        this.grobid = grobid;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        GrobidClient client = grobid.getIfAvailable();
        if (client == null) {
            builder.up().withDetail("mode", "off").withDetail("pdfs", "read with PDFBox (paperkg.grobid.url is not set)");
            return;
        }
        builder.withDetail("mode", "grobid").withDetail("url", client.url().toString());
        String problem = client.checkAlive(TIMEOUT);
        if (problem == null) {
            builder.up();
        } else {
            builder.down().withDetail("error", problem).withDetail("pdfs", "wait as pending until Grobid is back");
        }
    }
}
