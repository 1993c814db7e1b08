package org.paperkg.source;

import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * First-page heuristics over PDF lines: the title is the largest-font run of lines on page 1; the
 * abstract runs from an "Abstract"/"摘要" line to "Introduction" or "Keywords"; identifiers come from
 * page 1. Good on typical journal and conference layouts, fair elsewhere: results are marked
 * {@code readBy = "pdfbox"} so a Grobid run can replace them later.
 *
 * @param abstractEnd index of the first line after the abstract and keywords (0 when none was found)
 */
record PdfHeader(String title, String abstractText, List<String> keywords, String doi, String arxiv,
                 Integer year, int abstractEnd) {

    /** "Abstract", "ABSTRACT—We …", "Summary:" or "摘要：…"; a bare "Summary …" sentence is not a heading. */
    private static final Pattern ABSTRACT = Pattern.compile(
            "^(?:(?i:abstract)(?!\\p{L})\\s*[:.：—–-]?|(?i:summary)\\s*(?:[:.：—–-]|$)|摘\\s*要\\s*[:：]?)\\s*(.*)$");
    /** Capitalized on purpose: "introduction of …" inside the abstract must not end it. */
    private static final Pattern ABSTRACT_END = Pattern.compile(
            "^(?:(?:\\d+(?:\\.\\d+)*|[IVX]+)\\.?\\s*)?(?:Introduction|INTRODUCTION|Keywords?|KEYWORDS?|Key\\s*[Ww]ords"
                    + "|KEY\\s*WORDS|Index\\s+Terms|INDEX\\s+TERMS|CCS\\s+(?:Concepts|CONCEPTS)|引\\s*言|前\\s*言|关键词|關鍵詞)(?!\\p{L})");
    private static final Pattern KEYWORDS = Pattern.compile(
            "^(?:Keywords?|KEYWORDS?|Key\\s*[Ww]ords|KEY\\s*WORDS|Index\\s+Terms|INDEX\\s+TERMS|关键词|關鍵詞)"
                    + "\\s*[:：—–-]?\\s*(.*)$");
    private static final Pattern ARXIV = Pattern.compile(
            "(?i)arxiv:\\s*(\\d{4}\\.\\d{4,5}|[a-z\\-]+(?:\\.[a-z]{2})?/\\d{7})");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19\\d\\d|20\\d\\d)(?!\\d)");
    /** Lines that state when or where the paper appeared, rather than cite something. */
    private static final Pattern IMPRINT = Pattern.compile(
            "(?i)©|\\(c\\)|copyright|proceedings|published|accepted|received|journal|conference|vol\\.|volume|arxiv:");
    private static final Pattern RUNNING_HEAD = Pattern.compile(
            "(?i)^(?:proceedings|vol\\.|volume|journal|doi|https?:|www\\.|©|\\(c\\)|arxiv:|page \\d|\\d+$).*");
    private static final Pattern DOI_LABEL = Pattern.compile("(?i)^(?:doi\\s*:?\\s*|https?://(?:dx\\.)?doi\\.org/)10\\.");
    private static final Pattern CITATION = Pattern.compile("^(?:\\[\\d+]|\\d+\\.\\s)");
    static final Pattern REFERENCES = Pattern.compile(
            "(?i)^(?:(?:\\d+|[IVX]+)\\.?\\s*)?(?:references|bibliography|literature cited|works cited)$|^参考文献$");
    private static final int MAX_TITLE_LINES = 5;
    private static final int MAX_ABSTRACT_LINES = 80;

    static PdfHeader read(List<PdfLine> lines, String metadataTitle) {
        List<PdfLine> page1 = lines.stream().filter(l -> l.page() == 1).toList();
        String title = fontTitle(page1);
        if (title == null) {
            title = plausibleMetadataTitle(metadataTitle);
        }
        if (title == null) {
            title = firstSubstantialLine(page1);
        }
        int start = indexOf(lines, ABSTRACT, 2);
        String abstractText = "";
        int end = 0;
        if (start >= 0) {
            end = abstractEnd(lines, start);
            List<String> parts = new ArrayList<>();
            Matcher m = ABSTRACT.matcher(lines.get(start).text());
            parts.add(m.matches() ? m.group(1) : "");
            lines.subList(start + 1, end).forEach(l -> parts.add(l.text()));
            abstractText = PdfText.join(parts);
        }
        int kw = indexOf(lines, KEYWORDS, 2);
        List<String> keywords = kw < 0 ? List.of() : keywords(lines, kw);
        if (kw >= 0) {
            end = Math.max(end, kw + 1);
        }
        String page1Text = String.join("\n", page1.stream().map(PdfLine::text).toList());
        return new PdfHeader(title, abstractText, keywords, doi(page1), arxiv(page1Text), year(page1), end);
    }

    /** The first run of lines in the page's largest font, when that font stands out from the body text. */
    private static String fontTitle(List<PdfLine> page1) {
        List<PdfLine> candidates = page1.stream().filter(l -> !l.rotated() && severalWords(l.text())).toList();
        if (candidates.isEmpty()) {
            return null;
        }
        float body = dominantSize(candidates);
        float max = (float) candidates.stream().mapToDouble(PdfLine::fontSize).max().orElse(0);
        if (max < body + 1f) {
            return null;
        }
        List<String> run = new ArrayList<>();
        for (PdfLine l : candidates) {
            if (Math.abs(l.fontSize() - max) < 0.3f && run.size() < MAX_TITLE_LINES) {
                run.add(l.text());
            } else if (!run.isEmpty()) {
                break;
            }
        }
        return PdfText.join(run);
    }

    /** Producers often leave a file name or "Microsoft Word - …" in the document title. */
    private static String plausibleMetadataTitle(String t) {
        if (t == null || t.isBlank() || t.strip().split("\\s+").length < 3
                || t.matches("(?i).*\\.(pdf|docx?|tex|dvi|ps|indd)$") || t.matches("(?i)^(microsoft word|untitled).*")) {
            return null;
        }
        return t.strip();
    }

    private static String firstSubstantialLine(List<PdfLine> page1) {
        return page1.stream().filter(l -> !l.rotated() && l.text().split("\\s+").length >= 3
                        && letters(l.text()) >= 15 && !RUNNING_HEAD.matcher(l.text()).matches())
                .map(PdfLine::text).findFirst().orElse(null);
    }

    private static int abstractEnd(List<PdfLine> lines, int start) {
        int page = lines.get(start).page();
        int i = start + 1;
        while (i < lines.size() && i - start <= MAX_ABSTRACT_LINES && lines.get(i).page() <= page + 1
                && !ABSTRACT_END.matcher(lines.get(i).text()).find()) {
            i++;
        }
        return i;
    }

    private static List<String> keywords(List<PdfLine> lines, int at) {
        Matcher m = KEYWORDS.matcher(lines.get(at).text());
        StringBuilder raw = new StringBuilder(m.matches() ? m.group(1) : "");
        // a list that ends in a separator continues on the next line
        for (int i = at + 1; i < lines.size() && i <= at + 3 && raw.toString().matches("(?s).*[,;，；]\\s*$"); i++) {
            raw.append(' ').append(lines.get(i).text());
        }
        return Arrays.stream(raw.toString().split("[,;，；·•]")).map(String::strip).filter(s -> !s.isEmpty())
                .distinct().toList();
    }

    /**
     * The paper's own DOI: one printed after a "DOI" label at a line start, else the first one on page 1
     * that is not inside a cited reference ("[3] …", or after a References heading).
     */
    private static String doi(List<PdfLine> page1) {
        for (PdfLine l : page1) {
            if (DOI_LABEL.matcher(l.text()).find()) {
                return PaperIds.normalizeDoi(l.text());
            }
        }
        for (PdfLine l : page1) {
            if (REFERENCES.matcher(l.text()).matches()) {
                break;
            }
            String doi = CITATION.matcher(l.text()).find() ? null : PaperIds.normalizeDoi(l.text());
            if (doi != null) {
                return doi;
            }
        }
        return null;
    }

    private static String arxiv(String text) {
        Matcher m = ARXIV.matcher(text);
        return m.find() ? PaperIds.normalizeArxiv(m.group(1)) : null;
    }

    /** The latest year on an imprint-like line of page 1 (a cited year elsewhere is no evidence). */
    private static Integer year(List<PdfLine> page1) {
        int latest = Year.now().getValue() + 1;
        return page1.stream().map(PdfLine::text).filter(t -> IMPRINT.matcher(t).find())
                .flatMap(t -> YEAR.matcher(t).results().map(r -> Integer.valueOf(r.group(1))))
                .filter(y -> y <= latest).max(Comparator.naturalOrder()).orElse(null);
    }

    private static int indexOf(List<PdfLine> lines, Pattern p, int maxPage) {
        for (int i = 0; i < lines.size() && lines.get(i).page() <= maxPage; i++) {
            if (!lines.get(i).rotated() && p.matcher(lines.get(i).text()).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** The font size that carries the most characters. */
    static float dominantSize(List<PdfLine> lines) {
        Map<Float, Integer> chars = new HashMap<>();
        lines.forEach(l -> chars.merge(l.fontSize(), l.text().length(), Integer::sum));
        return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
    }

    /**
     * A banner ("RESEARCH", "ARTICLE") is one word; a title has several. Chinese and Japanese titles have
     * no spaces, so four ideographs count as several words.
     */
    private static boolean severalWords(String s) {
        long han = s.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        return letters(s) >= 4 && (s.strip().contains(" ") || han >= 4);
    }

    private static long letters(String s) {
        return s.codePoints().filter(Character::isLetter).count();
    }
}
