package org.paperkg.source;

/**
 * One line of text as PDFBox laid it out, with what the heuristics need to know about its look.
 *
 * @param page     1-based page number
 * @param text     the line's text, words separated by single spaces
 * @param fontSize the font size most of the line's characters have, in points
 * @param bold     true when most characters are in a bold or medium-weight font
 * @param rotated  true when most characters are not upright (margin stamps such as arXiv's)
 */
record PdfLine(int page, String text, float fontSize, boolean bold, boolean rotated) {
}
