package org.paperkg.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides an input's format from its content, never from its file name. Cheap and total: it looks at
 * a bounded prefix and never throws.
 */
final class ContentSniffer {

    private static final int WINDOW = 16 * 1024;
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** Acrobat, and so PDFBox, accept a header anywhere in the first 1024 bytes (after junk that is not text we read). */
    private static final int PDF_HEADER_SLACK = 1024;
    private static final Pattern PROLOG = Pattern.compile(
            "\\A(?:\\s+|<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^\\[>]*(?:\\[.*?\\])?\\s*>)*", Pattern.DOTALL);
    private static final Pattern ROOT = Pattern.compile("\\A<([A-Za-z_][\\w.\\-]*:)?([A-Za-z_][\\w.\\-]*)");

    private ContentSniffer() {
    }

    static InputKind kind(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return InputKind.EMPTY;
        }
        if (pdfMagicAt(bytes, 0)) {
            return InputKind.PDF;
        }
        String head = head(bytes).stripLeading();
        if (head.isEmpty()) {
            return InputKind.EMPTY;
        }
        if (head.charAt(0) == '{') {
            return InputKind.JSON_LINES;
        }
        if (head.charAt(0) != '<') {
            return pdfMagicNearStart(bytes) ? InputKind.PDF : InputKind.UNKNOWN;
        }
        String root = rootElement(head);
        if (root == null) {
            return InputKind.UNKNOWN;
        }
        return switch (root) {
            case "TEI" -> InputKind.TEI;
            case "PubmedArticleSet" -> InputKind.PUBMED_XML;
            case "feed" -> head.contains("http://www.w3.org/2005/Atom") && head.contains("arxiv.org")
                    ? InputKind.ARXIV_ATOM : InputKind.OTHER_XML;
            default -> InputKind.OTHER_XML;
        };
    }

    /** The local name of the root element, when the prefix shows one. */
    static String rootElement(byte[] bytes) {
        return rootElement(head(bytes).stripLeading());
    }

    /** The first characters, printable, for error messages. */
    static String preview(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(bytes.length, 24); i++) {
            int b = bytes[i] & 0xff;
            sb.append(b >= 0x20 && b < 0x7f ? String.valueOf((char) b) : String.format("\\x%02x", b));
        }
        return sb + (bytes.length > 24 ? "…" : "");
    }

    private static String rootElement(String head) {
        Matcher prolog = PROLOG.matcher(head);
        String rest = prolog.lookingAt() ? head.substring(prolog.end()) : head;
        Matcher root = ROOT.matcher(rest);
        return root.lookingAt() ? root.group(2) : null;
    }

    private static boolean pdfMagicNearStart(byte[] bytes) {
        for (int i = 1; i <= PDF_HEADER_SLACK; i++) {
            if (pdfMagicAt(bytes, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean pdfMagicAt(byte[] bytes, int offset) {
        return bytes.length >= offset + PDF_MAGIC.length
                && Arrays.equals(bytes, offset, offset + PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length);
    }

    /** The first bytes as text, honouring a byte-order mark. */
    private static String head(byte[] bytes) {
        int n = Math.min(bytes.length, WINDOW);
        Charset cs = StandardCharsets.UTF_8;
        int skip = 0;
        if (n >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            skip = 3;
        } else if (n >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            cs = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (n >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            cs = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        return new String(bytes, skip, n - skip, cs);
    }
}
