package org.paperkg.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * Field readers shared by a TEI header's {@code biblStruct} and the bibliography's {@code biblStruct}s:
 * identifiers, dates and person names.
 */
final class TeiBibl {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[5-9]\\d\\d|20\\d\\d)(?!\\d)");

    private TeiBibl() {
    }

    /**
     * The first {@code idno} of the given type (compared case-insensitively: Grobid up to 0.5.5 wrote
     * {@code type="doi"}) directly under the biblStruct, its analytic or its monogr.
     */
    static String idno(Element biblStruct, String type) {
        for (String[] path : new String[][] {{"idno"}, {"analytic", "idno"}, {"monogr", "idno"}}) {
            for (Element idno : Dom.all(biblStruct, path)) {
                String t = Dom.attr(idno, "type");
                String v = Dom.textOrNull(idno);
                if (t != null && v != null && t.equalsIgnoreCase(type)) {
                    return v;
                }
            }
        }
        return null;
    }

    /** The year of the first date that has one, from {@code @when} or else from the printed text. */
    static Integer year(List<Element> dates) {
        for (Element d : dates) {
            Integer y = yearIn(Dom.attr(d, "when"));
            if (y != null) {
                return y;
            }
        }
        for (Element d : dates) {
            Integer y = yearIn(Dom.textOrNull(d));
            if (y != null) {
                return y;
            }
        }
        return null;
    }

    /** The first plausible four-digit year in a string ({@code 1976b}, {@code 2011-11}, {@code Nov. 2011}). */
    static Integer yearIn(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = YEAR.matcher(s);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** Published dates first, then any other date, under the given elements' imprints. */
    static List<Element> imprintDates(Element biblStruct) {
        List<Element> dates = new ArrayList<>();
        List<Element> others = new ArrayList<>();
        for (Element d : Dom.all(biblStruct, "monogr", "imprint", "date")) {
            String type = Dom.attr(d, "type");
            (type == null || type.toLowerCase(Locale.ROOT).contains("published") ? dates : others).add(d);
        }
        dates.addAll(others);
        return dates;
    }

    /**
     * A person's name as printed: forenames, surname and generational suffix in document order.
     * {@code roleName} is left out: Grobid puts titles ("Dr") and sometimes stray e-mail fragments there.
     */
    static String personName(Element persName) {
        StringBuilder sb = new StringBuilder();
        boolean structured = false;
        for (Element part : Dom.children(persName)) {
            String n = part.getLocalName();
            if (n.equals("forename") || n.equals("surname") || n.equals("genName")) {
                structured = true;
                String t = Dom.text(part);
                if (!t.isEmpty()) {
                    sb.append(sb.isEmpty() ? "" : " ").append(t);
                }
            }
        }
        String name = structured ? sb.toString() : Dom.text(persName);
        return plausibleName(name) ? name : null;
    }

    /**
     * Authors in order, from {@code author} elements. An author without {@code persName} is an
     * affiliation Grobid could not attach to anyone, so it is skipped; a repeated name is kept once.
     */
    static List<Author> authors(List<Element> authorElements) {
        Map<String, Author> byName = new LinkedHashMap<>();
        for (Element author : authorElements) {
            Element pers = Dom.child(author, "persName");
            String name = pers == null ? null : personName(pers);
            if (name == null) {
                continue;
            }
            String orcid = orcid(author);
            byName.merge(PaperIds.normalizeText(name), new Author(name, orcid),
                    (first, again) -> first.orcid() != null || again.orcid() == null
                            ? first : new Author(first.name(), again.orcid()));
        }
        return List.copyOf(byName.values());
    }

    private static String orcid(Element author) {
        for (Element idno : Dom.children(author, "idno")) {
            if ("ORCID".equalsIgnoreCase(Dom.attr(idno, "type"))) {
                return Dom.textOrNull(idno);
            }
        }
        return null;
    }

    /** Grobid sometimes turns a stray glyph into a person; a real name has at least two letters. */
    private static boolean plausibleName(String name) {
        return name.codePoints().filter(Character::isLetter).limit(2).count() >= 2;
    }
}
