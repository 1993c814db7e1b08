package org.paperkg.resolve;

/**
 * A citation from the paper being written to another paper, ingested or not.
 *
 * @param targetId the cited paper's key ({@code doi:…}, {@code arxiv:…}, or {@code ref:…} for a
 *                 reference known only by title)
 * @param title    the cited title, to fill a stub
 * @param year     the cited year
 * @param doi      DOI, or {@code null}
 * @param arxiv    arXiv id, or {@code null}
 * @param titleKey the folded title used to match references to papers, or {@code null}
 */
public record Citation(String targetId, String title, Integer year, String doi, String arxiv, String titleKey) {
}
