/**
 * The source stage: readers that turn an input file into {@link org.paperkg.source.Paper} records.
 *
 * <p>{@link org.paperkg.source.PaperSources} is the entry point. It sniffs the content (never the file
 * name) and picks a {@link org.paperkg.source.PaperSource}:
 * <ul>
 *   <li>PDF: {@link org.paperkg.source.GrobidPdfSource} when {@code paperkg.grobid.url} is set, else the
 *       {@link org.paperkg.source.PdfBoxPaperSource} heuristics ({@code readBy = "pdfbox"});</li>
 *   <li>Grobid TEI: {@link org.paperkg.source.TeiPaperSource};</li>
 *   <li>JSON Lines: {@link org.paperkg.source.JsonlPaperSource}, one item per line;</li>
 *   <li>PubMed efetch XML and arXiv API Atom feeds: one item per article or entry.</li>
 * </ul>
 * Bad input never escapes as an exception from {@code PaperSources.read}: it becomes a failed
 * {@link org.paperkg.source.SourceItem} whose reason names the input; a failure caused by an
 * unavailable peer is marked {@code retryable}. XML is parsed without DTDs or external entities.
 *
 * <p>Settings: {@link org.paperkg.source.SourceProperties} ({@code paperkg.source.*}) and
 * {@link org.paperkg.source.GrobidProperties} ({@code paperkg.grobid.*}).
 */
package org.paperkg.source;
