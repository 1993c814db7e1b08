package org.paperkg.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses untrusted XML into a DOM. By default DOCTYPE declarations are refused outright, which rules
 * out both external entities (XXE) and entity-expansion bombs. PubMed's efetch output always starts
 * with a DOCTYPE naming NLM's DTD, so {@link #parseWithExternalDoctype} accepts a DOCTYPE that only
 * names an external DTD: the DTD is never loaded, and an internal subset (where entities would be
 * declared) is refused.
 */
final class SafeXml {

    private static final DocumentBuilderFactory FACTORY = newFactory(true);
    private static final DocumentBuilderFactory DOCTYPE_FACTORY = newFactory(false);
    private static final Pattern INTERNAL_SUBSET = Pattern.compile("<!DOCTYPE[^>\\[]*\\[");

    private SafeXml() {
    }

    /**
     * @param xml     the bytes; the XML declaration (or a BOM) decides the encoding
     * @param locator names the input in error messages
     */
    static Document parse(byte[] xml, String locator) throws SourceException {
        return parse(FACTORY, xml, locator);
    }

    /** Like {@link #parse}, but a DOCTYPE that names an external DTD is skipped instead of refused. */
    static Document parseWithExternalDoctype(byte[] xml, String locator) throws SourceException {
        String head = new String(xml, 0, Math.min(xml.length, 4096), StandardCharsets.ISO_8859_1);
        if (INTERNAL_SUBSET.matcher(head).find()) {
            throw SourceException.badInput(locator + ": XML with a DOCTYPE internal subset is refused "
                    + "(entities are not allowed here)");
        }
        return parse(DOCTYPE_FACTORY, xml, locator);
    }

    private static Document parse(DocumentBuilderFactory factory, byte[] xml, String locator) throws SourceException {
        try {
            DocumentBuilder builder = newBuilder(factory);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            throw SourceException.badInput(locator + ": " + describe(e));
        } catch (SAXException | IOException e) {
            throw SourceException.badInput(locator + ": not well-formed XML: " + e.getMessage());
        }
    }

    private static String describe(SAXParseException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("DOCTYPE")) {
            return "XML with a DOCTYPE declaration is refused (DTDs and entities are not allowed here)";
        }
        return "not well-formed XML at line " + e.getLineNumber() + ", column " + e.getColumnNumber()
                + ": " + message;
    }

    private static DocumentBuilder newBuilder(DocumentBuilderFactory factory) {
        try {
            DocumentBuilder builder;
            // the factory is shared, and DocumentBuilderFactory makes no thread-safety promise
            synchronized (factory) {
                builder = factory.newDocumentBuilder();
            }
            builder.setErrorHandler(THROWING);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused: " + systemId);
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser cannot be configured securely", e);
        }
    }

    private static DocumentBuilderFactory newFactory(boolean refuseDoctype) {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        try {
            f.setNamespaceAware(true);
            // secure processing also caps entity expansion, a second guard behind the refusals
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", refuseDoctype);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser cannot be configured securely", e);
        }
        return f;
    }

    /** Turns warnings into nothing and errors into exceptions, instead of printing "[Fatal Error]" to stderr. */
    private static final ErrorHandler THROWING = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
}
