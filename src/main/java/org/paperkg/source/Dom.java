package org.paperkg.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Small DOM helpers for the XML readers. Elements are matched by local name, so the same code reads
 * TEI whether or not a child repeats the namespace declaration.
 */
final class Dom {

    /**
     * Elements whose text is a unit of its own. Their boundaries become spaces, so sentences segmented
     * by Grobid ({@code <s>a.</s><s>b.</s>}) or table cells do not run together.
     */
    private static final Set<String> BLOCKS = Set.of(
            "s", "p", "head", "item", "cell", "row", "lb", "label", "div", "AbstractText", "summary", "title");

    private Dom() {
    }

    /** Direct child elements with the given local name, in document order. */
    static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    /** All direct child elements, in document order. */
    static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    /** The first element reached by following child names from {@code parent}, or {@code null}. */
    static Element child(Element parent, String... path) {
        List<Element> found = all(parent, path);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Every element reached by following child names from {@code parent}. */
    static List<Element> all(Element parent, String... path) {
        List<Element> level = parent == null ? List.of() : List.of(parent);
        for (String name : path) {
            List<Element> next = new ArrayList<>();
            for (Element e : level) {
                next.addAll(children(e, name));
            }
            level = next;
        }
        return level;
    }

    /** Descendant elements with the given local name, in document order. */
    static List<Element> descendants(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        NodeList list = parent.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    /** An attribute's value, or {@code null} when it is missing or blank. */
    static String attr(Element e, String name) {
        if (e == null || !e.hasAttribute(name)) {
            return null;
        }
        String v = e.getAttribute(name).strip();
        return v.isEmpty() ? null : v;
    }

    /** The element's {@code xml:lang}, or {@code null}. */
    static String lang(Element e) {
        if (e == null) {
            return null;
        }
        String v = e.getAttributeNS(XMLConstants.XML_NS_URI, "lang").strip();
        return v.isEmpty() ? null : v;
    }

    /** The element's text with whitespace collapsed; never {@code null}. */
    static String text(Node node) {
        if (node == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        appendText(node, sb);
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    /** The element's text, or {@code null} when it has none. */
    static String textOrNull(Node node) {
        String t = text(node);
        return t.isEmpty() ? null : t;
    }

    private static void appendText(Node node, StringBuilder sb) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                sb.append(n.getNodeValue());
            } else if (n instanceof Element e) {
                boolean block = BLOCKS.contains(e.getLocalName());
                if (block) {
                    sb.append(' ');
                }
                appendText(e, sb);
                if (block) {
                    sb.append(' ');
                }
            }
        }
    }
}
