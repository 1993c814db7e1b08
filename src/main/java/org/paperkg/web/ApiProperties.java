package org.paperkg.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The REST API's access rules ({@code paperkg.api.*}).
 *
 * @param key      the secret that write requests (uploads, ingest, job runs) must present, as the
 *                 {@code X-API-Key} header, as {@code Authorization: Bearer <key>}, or as the password of
 *                 HTTP basic with user {@code user}. Unset: every write is refused. Never logged.
 * @param user     the HTTP basic user name
 * @param readOpen read endpoints (GET) open to anyone who can reach the port; {@code false} asks them for
 *                 the key too (health stays open)
 * @param maxRows  rows a catalogue query returns at most
 */
@ConfigurationProperties("paperkg.api")
public record ApiProperties(String key, @DefaultValue("paperkg") String user, @DefaultValue("true") boolean readOpen,
        @DefaultValue("1000") int maxRows) {

    public ApiProperties {
        key = key == null || key.isBlank() ? null : key;
    }

    public boolean writesEnabled() {
        return key != null;
    }

    /** Everything but the key. */
    @Override
    public String toString() {
        return "ApiProperties[key=" + (key == null ? "<none>" : "<set>") + ", user=" + user + ", readOpen=" + readOpen
                + ", maxRows=" + maxRows + "]";
    }
}
