package org.paperkg.source;

import java.util.List;

/**
 * Turns one input file into papers. One implementation per input format; the format is chosen by
 * content (magic bytes and structure), never by file name alone.
 */
public interface PaperSource {

    /** The format's name as recorded in the ledger ({@code pdf}, {@code tei}, {@code jsonl}, …). */
    String format();

    /** True when the content looks like this reader's format. Must be cheap and must not throw. */
    boolean accepts(InputFile file);

    /**
     * Reads the file. A format with one paper per file returns one item; a format with many records
     * (JSON Lines, PubMed XML) returns one item per record, each with its own outcome.
     *
     * @throws SourceException when the whole file cannot be read; the message names the reason
     */
    List<SourceItem> read(InputFile file) throws SourceException;
}
