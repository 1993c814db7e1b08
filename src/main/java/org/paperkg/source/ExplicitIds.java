package org.paperkg.source;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paper ids that a source states outright ({@code arxiv:1609.02907}, {@code doi:10.…},
 * {@code csl:dev-0199}). Known schemes are normalized the way {@link PaperIds} builds them, so a stated
 * id and a derived one meet on the same graph key.
 */
final class ExplicitIds {

    private static final Pattern SCHEME_ID = Pattern.compile("([A-Za-z][A-Za-z0-9._-]*):(\\S+)");
    private static final Pattern PMID = Pattern.compile("\\d{1,9}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private ExplicitIds() {
    }

    /** The normalized id, or {@code null} when the string is not a well-formed {@code scheme:value} id. */
    static String normalize(String id) {
        if (id == null) {
            return null;
        }
        Matcher m = SCHEME_ID.matcher(id.strip());
        if (!m.matches()) {
            return null;
        }
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        String value = m.group(2);
        return switch (scheme) {
            case "doi" -> prefixed("doi:", PaperIds.normalizeDoi(value));
            case "arxiv" -> prefixed("arxiv:", PaperIds.normalizeArxiv(value));
            case "pmid" -> PMID.matcher(value).matches() ? "pmid:" + value : null;
            case "sha256" -> SHA256.matcher(value.toLowerCase(Locale.ROOT)).matches()
                    ? "sha256:" + value.toLowerCase(Locale.ROOT) : null;
            case "http", "https" -> null;
            default -> scheme + ":" + value;
        };
    }

    private static String prefixed(String prefix, String value) {
        return value == null ? null : prefix + value;
    }
}
