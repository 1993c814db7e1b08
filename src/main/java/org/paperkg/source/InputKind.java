package org.paperkg.source;

/** What an input's content looks like, judged by its first bytes. */
enum InputKind {
    /** No bytes, or only whitespace. */
    EMPTY,
    /** {@code %PDF-} magic. */
    PDF,
    /** XML whose root is {@code <TEI>}. */
    TEI,
    /** XML whose root is {@code <PubmedArticleSet>} (PubMed efetch). */
    PUBMED_XML,
    /** An Atom {@code <feed>} from the arXiv API. */
    ARXIV_ATOM,
    /** Text whose first non-blank character is <code>{</code>. */
    JSON_LINES,
    /** Well, XML, but with a root no reader knows. */
    OTHER_XML,
    /** Anything else. */
    UNKNOWN
}
