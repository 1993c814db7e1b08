package org.paperkg.source;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Element;

/**
 * One {@link SourceItem} per record element of a multi-record XML file (PubMed articles, Atom entries),
 * each with its own outcome: locator {@code path#n} (1-based), hash of the record's serialized XML.
 */
final class XmlRecords {

    /** Reads one record; throws with a reason when the record holds no usable paper. */
    interface RecordReader {
        Paper read(Element record) throws SourceException;
    }

    private XmlRecords() {
    }

    /** @param noun names a record in failure reasons ("article", "entry") */
    static List<SourceItem> read(List<Element> records, InputFile file, String noun, RecordReader reader) {
        List<SourceItem> items = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            String locator = file.locator() + "#" + (i + 1);
            String hash = PaperIds.sha256(serialize(records.get(i)));
            try {
                items.add(SourceItem.read(locator, hash, reader.read(records.get(i))));
            } catch (SourceException e) {
                items.add(SourceItem.failed(locator, hash, noun + " " + (i + 1) + " " + e.getMessage()));
            }
        }
        return items;
    }

    static String serialize(Element e) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer t = factory.newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(e), new StreamResult(out));
            return out.toString();
        } catch (TransformerException ex) {
            throw new IllegalStateException("a parsed DOM element could not be serialized", ex);
        }
    }
}
