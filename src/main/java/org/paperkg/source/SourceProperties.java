package org.paperkg.source;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits for the file readers, under {@code paperkg.source}.
 *
 * @param jsonlMaxLine     a JSON Lines record longer than this fails on its own (default 2 MB)
 * @param pdfMaxPages      PDFBox reads at most this many pages of a PDF (default 30)
 * @param pdfScratchMemory memory PDFBox may use for decoded streams of one PDF before it gives up
 *                         (default 64 MB); it never spills to temporary files
 */
@ConfigurationProperties("paperkg.source")
public record SourceProperties(DataSize jsonlMaxLine, int pdfMaxPages, DataSize pdfScratchMemory) {

    public SourceProperties {
        jsonlMaxLine = jsonlMaxLine == null ? DataSize.ofMegabytes(2) : jsonlMaxLine;
        pdfMaxPages = pdfMaxPages <= 0 ? 30 : pdfMaxPages;
        pdfScratchMemory = pdfScratchMemory == null ? DataSize.ofMegabytes(64) : pdfScratchMemory;
    }

    /** The defaults. */
    public static SourceProperties defaults() {
        return new SourceProperties(null, 0, null);
    }
}
