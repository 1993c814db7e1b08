package org.paperkg.source;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile XML never gets its entities resolved or expanded. */
class SafeXmlTest {

    private static final String NS = "xmlns=\"http://www.tei-c.org/ns/1.0\"";

    @Test
    void externalEntityIsRefusedBeforeAnyFileIsRead(@TempDir(factory = ExistingTmpDirFactory.class) Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE TEI [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<TEI " + NS + "><teiHeader><fileDesc><titleStmt><title>&xxe;</title></titleStmt></fileDesc>"
                + "</teiHeader></TEI>";
        assertThatThrownBy(() -> parse(xml))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("evil.tei.xml")
                .hasMessageContaining("DOCTYPE declaration is refused")
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void billionLaughsIsRefusedWithoutExpanding() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE TEI [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String xml = dtd + "<TEI " + NS + "><teiHeader><fileDesc><titleStmt><title>&lol9;</title>"
                + "</titleStmt></fileDesc></teiHeader></TEI>";
        assertThatThrownBy(() -> parse(xml))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("DOCTYPE declaration is refused");
    }

    @Test
    void externalDtdIsRefusedToo() {
        String xml = "<!DOCTYPE TEI SYSTEM \"http://127.0.0.1:9/tei.dtd\"><TEI " + NS + "/>";
        assertThatThrownBy(() -> parse(xml)).hasMessageContaining("DOCTYPE declaration is refused");
    }

    private static void parse(String xml) throws SourceException {
        new TeiPaperParser("tei").parse(xml.getBytes(StandardCharsets.UTF_8), "evil.tei.xml", "00");
    }
}
