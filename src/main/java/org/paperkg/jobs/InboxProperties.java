package org.paperkg.jobs;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The inbox ({@code paperkg.inbox.*}): a folder where new papers are dropped (or uploaded through the
 * API). Files are ingested, then moved to {@code processed/} or {@code failed/} under it (with a
 * {@code .reason.txt} beside a failed file). Created when missing.
 *
 * @param root   the inbox folder; the API ingests folders only under it
 * @param settle a file changed more recently than this is left for the next scan (it may still be
 *               being copied); uploads are written whole before they appear, so they need no wait
 */
@ConfigurationProperties("paperkg.inbox")
public record InboxProperties(@DefaultValue("data/inbox") Path root, @DefaultValue("5s") Duration settle) {
}
