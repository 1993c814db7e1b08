package org.paperkg.source;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How to reach a Grobid server, under {@code paperkg.grobid}. With no {@code url}, Grobid is off and
 * PDFs are read with PDFBox.
 *
 * @param url                  base URL, e.g. {@code http://localhost:8070}; {@code null} or blank = off
 * @param connectTimeout       TCP connect timeout (default 10 s)
 * @param readTimeout          the most one request may take, upload to last byte of TEI (default 180 s,
 *                             above Grobid's own 120 s pdfalto limit)
 * @param maxInFlight          requests sent at once; keep it at or below the server's {@code concurrency}
 *                             (default 4), so 503 "engine pool exhausted" stays rare
 * @param retry                how busy (503) and unreachable servers are retried
 * @param consolidateHeader    Grobid's {@code consolidateHeader}: 0 none, 1 all metadata (default), 2 DOI only,
 *                             3 extracted DOI only; sent explicitly because the server code defaults to 0
 * @param consolidateCitations Grobid's {@code consolidateCitations}: 0 (default; Crossref look-ups per
 *                             reference are slow and rate-limited), 1 or 2
 */
@ConfigurationProperties("paperkg.grobid")
public record GrobidProperties(URI url, Duration connectTimeout, Duration readTimeout, int maxInFlight,
                               RetrySettings retry, Integer consolidateHeader, Integer consolidateCitations) {

    public GrobidProperties {
        url = url == null || url.toString().isBlank() ? null : url;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(180) : readTimeout;
        maxInFlight = maxInFlight <= 0 ? 4 : maxInFlight;
        retry = retry == null ? new RetrySettings(0, null, null) : retry;
        consolidateHeader = consolidateHeader == null ? 1 : consolidateHeader;
        consolidateCitations = consolidateCitations == null ? 0 : consolidateCitations;
    }

    /** Grobid off: no URL. */
    public static GrobidProperties off() {
        return new GrobidProperties(null, null, null, 0, null, null, null);
    }

    /** Defaults for a server at {@code url}. */
    public static GrobidProperties at(URI url) {
        return new GrobidProperties(url, null, null, 0, null, null, null);
    }

    public boolean enabled() {
        return url != null;
    }

    /**
     * Bounded exponential backoff with jitter, for 503 answers, connection failures and timeouts.
     *
     * @param maxAttempts    tries in all, the first included (default 5)
     * @param initialBackoff wait before the second try (default 5 s, Grobid's advice for full text)
     * @param maxBackoff     longest single wait (default 60 s)
     */
    public record RetrySettings(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
        public RetrySettings {
            maxAttempts = maxAttempts <= 0 ? 5 : maxAttempts;
            initialBackoff = initialBackoff == null ? Duration.ofSeconds(5) : initialBackoff;
            maxBackoff = maxBackoff == null ? Duration.ofSeconds(60) : maxBackoff;
        }
    }
}
