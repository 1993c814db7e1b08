package org.paperkg.source;

import java.util.List;

/**
 * One entry of a paper's bibliography. Any field may be {@code null}: references are often partial.
 *
 * @param id      an explicit paper id when the source names one (for example a corpus id such as
 *                {@code arxiv:1609.02907}), else {@code null}
 * @param title   the cited title
 * @param year    the publication year
 * @param doi     the DOI, lower-cased, without a resolver prefix
 * @param arxiv   the arXiv identifier without version suffix
 * @param authors author names as printed
 * @param raw     the raw citation string, when the source keeps it
 */
public record Reference(String id, String title, Integer year, String doi, String arxiv, List<String> authors, String raw) {
    public Reference {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** A reference that names only a paper id, as JSON Lines records do. */
    public static Reference toId(String id) {
        return new Reference(id, null, null, null, null, List.of(), null);
    }
}
