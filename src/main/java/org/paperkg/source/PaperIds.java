package org.paperkg.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** Builds paper keys and normalizes the identifiers they are made of. */
public final class PaperIds {

    private static final Pattern DOI = Pattern.compile("(10\\.\\d{4,9}/\\S+)");
    private static final Pattern ARXIV_NEW = Pattern.compile("(\\d{4}\\.\\d{4,5})(v\\d+)?");
    private static final Pattern ARXIV_OLD = Pattern.compile("([a-z\\-]+(\\.[A-Z]{2})?/\\d{7})(v\\d+)?");

    private PaperIds() {
    }

    /** The key of a paper: the first of DOI, arXiv id, PubMed id; else a hash of title and abstract. */
    public static String paperId(String doi, String arxiv, String pmid, String title, String abstractText) {
        String d = normalizeDoi(doi);
        if (d != null) {
            return "doi:" + d;
        }
        String a = normalizeArxiv(arxiv);
        if (a != null) {
            return "arxiv:" + a;
        }
        if (pmid != null && !pmid.isBlank()) {
            return "pmid:" + pmid.strip();
        }
        return "sha256:" + sha256(normalizeText(title) + "\n" + normalizeText(abstractText));
    }

    /** A DOI lower-cased, without resolver prefix or trailing punctuation; {@code null} if none. */
    public static String normalizeDoi(String doi) {
        if (doi == null) {
            return null;
        }
        var m = DOI.matcher(doi.strip());
        if (!m.find()) {
            return null;
        }
        String d = m.group(1).toLowerCase(Locale.ROOT);
        while (!d.isEmpty() && ".,;)]}>\"'".indexOf(d.charAt(d.length() - 1)) >= 0) {
            d = d.substring(0, d.length() - 1);
        }
        return d;
    }

    /** An arXiv identifier without prefix or version; {@code null} if none. */
    public static String normalizeArxiv(String arxiv) {
        if (arxiv == null) {
            return null;
        }
        String s = arxiv.strip().replaceFirst("(?i)^arxiv:\\s*", "");
        var m = ARXIV_NEW.matcher(s);
        if (m.find()) {
            return m.group(1);
        }
        var old = ARXIV_OLD.matcher(s);
        return old.find() ? old.group(1) : null;
    }

    /** Text folded for hashing and matching: NFKC, lower case, whitespace collapsed. */
    public static String normalizeText(String s) {
        if (s == null) {
            return "";
        }
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** A title folded for matching references to papers: letters and digits only. */
    public static String titleKey(String title) {
        String t = normalizeText(title).replaceAll("[^\\p{L}\\p{N}]+", "");
        return t.isEmpty() ? null : t;
    }

    public static String sha256(String s) {
        return sha256(s.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
