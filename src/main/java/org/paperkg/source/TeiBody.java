package org.paperkg.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;

/** Reads TEI prose: the abstract in its three shapes, and the body's sections. */
final class TeiBody {

    /** Children of a {@code div} that carry running text; figures, tables and footnotes are left out. */
    private static final Set<String> PROSE = Set.of("p", "list", "formula", "quote");

    private TeiBody() {
    }

    /**
     * The abstract's text: flat {@code abstract/p}, or {@code abstract/div/(head?, p+)} where a head
     * ("Methods:") is kept in front of its paragraphs; empty when the element is empty or missing.
     */
    static String abstractText(Element abstractElement) {
        if (abstractElement == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (Element child : Dom.children(abstractElement)) {
            if (child.getLocalName().equals("div")) {
                Section s = section(child);
                String text = s.heading() == null ? s.text() : (s.heading() + " " + s.text()).strip();
                if (!text.isEmpty()) {
                    parts.add(text);
                }
            } else if (PROSE.contains(child.getLocalName())) {
                addText(parts, child);
            }
        }
        return String.join("\n", parts);
    }

    /**
     * Body sections in order. Grobid writes a flat sequence of {@code div}s (hierarchy only shows in
     * {@code head/@n}); paragraphs outside any div become a section without a heading.
     */
    static List<Section> sections(Element body) {
        List<Section> out = new ArrayList<>();
        List<String> loose = new ArrayList<>();
        for (Element child : Dom.children(body)) {
            if (child.getLocalName().equals("div")) {
                flushLoose(out, loose);
                Section s = section(child);
                if (s.heading() != null || !s.text().isEmpty()) {
                    out.add(s);
                }
                for (Element nested : Dom.children(child, "div")) {
                    out.add(section(nested));
                }
            } else if (PROSE.contains(child.getLocalName())) {
                addText(loose, child);
            }
        }
        flushLoose(out, loose);
        return out;
    }

    /** One div: its head (with the section number Grobid put in {@code @n}) and its paragraphs. */
    private static Section section(Element div) {
        String heading = null;
        List<String> paragraphs = new ArrayList<>();
        for (Element child : Dom.children(div)) {
            String name = child.getLocalName();
            if (name.equals("head") && heading == null) {
                heading = heading(child);
            } else if (PROSE.contains(name)) {
                addText(paragraphs, child);
            }
        }
        return new Section(heading, String.join("\n", paragraphs));
    }

    private static String heading(Element head) {
        String text = Dom.textOrNull(head);
        String n = Dom.attr(head, "n");
        if (text == null || n == null || text.startsWith(n)) {
            return text;
        }
        return n + " " + text;
    }

    private static void addText(List<String> parts, Element e) {
        String t = Dom.text(e);
        if (!t.isEmpty()) {
            parts.add(t);
        }
    }

    private static void flushLoose(List<Section> out, List<String> loose) {
        if (!loose.isEmpty()) {
            out.add(new Section(null, String.join("\n", loose)));
            loose.clear();
        }
    }
}
