package org.paperkg.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Refuses a DOCTYPE that declares anything itself (an internal subset: entities, elements, attributes,
 * notations), before the document is parsed for real. It reads the prolog with the parser, so the check
 * holds whatever the encoding and however far into the file the declarations sit, and stops at the first
 * declaration, before any entity could be expanded, or at the root element. The external DTD is never
 * loaded, so a DOCTYPE that only names one passes.
 */
final class DoctypeGuard {

    private static final SAXParserFactory FACTORY = newFactory();
    private static final Guard GUARD = new Guard();

    private DoctypeGuard() {
    }

    static void refuseInternalSubset(byte[] xml, String locator) throws SourceException {
        try {
            SAXParser parser;
            synchronized (FACTORY) {
                parser = FACTORY.newSAXParser();
            }
            XMLReader reader = parser.getXMLReader();
            reader.setProperty("http://xml.org/sax/properties/declaration-handler", GUARD);
            reader.setContentHandler(GUARD);
            reader.setDTDHandler(GUARD);
            reader.setErrorHandler(GUARD);
            // nothing outside the document is ever read, whatever the parser's settings would allow
            reader.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            reader.parse(new InputSource(new ByteArrayInputStream(xml)));
        } catch (Prolog e) {
            // the root element started: the prolog declared nothing
        } catch (Declared e) {
            throw SourceException.badInput(locator + ": XML with a DOCTYPE internal subset is refused "
                    + "(entities are not allowed here)");
        } catch (SAXParseException e) {
            throw SourceException.badInput(locator + ": not well-formed XML at line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + e.getMessage());
        } catch (SAXException | IOException e) {
            throw SourceException.badInput(locator + ": not well-formed XML: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser cannot be configured securely", e);
        }
    }

    private static SAXParserFactory newFactory() {
        SAXParserFactory f = SAXParserFactory.newInstance();
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setXIncludeAware(false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK XML parser cannot be configured securely", e);
        }
        return f;
    }

    /** Any declaration in the DOCTYPE. */
    private static final class Declared extends SAXException {
        Declared() {
            super("declaration in the DOCTYPE");
        }
    }

    /** The root element started. */
    private static final class Prolog extends SAXException {
        Prolog() {
            super("end of the prolog");
        }
    }

    /** Stops at the first declaration or at the root element; errors end the parse. */
    private static final class Guard extends DefaultHandler2 {
        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            throw new Prolog();
        }

        @Override
        public void elementDecl(String name, String model) throws SAXException {
            throw new Declared();
        }

        @Override
        public void attributeDecl(String e, String a, String type, String mode, String value) throws SAXException {
            throw new Declared();
        }

        @Override
        public void internalEntityDecl(String name, String value) throws SAXException {
            throw new Declared();
        }

        @Override
        public void externalEntityDecl(String name, String publicId, String systemId) throws SAXException {
            throw new Declared();
        }

        @Override
        public void notationDecl(String name, String publicId, String systemId) throws SAXException {
            throw new Declared();
        }

        @Override
        public void unparsedEntityDecl(String name, String publicId, String systemId, String notation) throws SAXException {
            throw new Declared();
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
