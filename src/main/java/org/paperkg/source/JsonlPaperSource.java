package org.paperkg.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads JSON Lines: one paper per non-blank line, each with its own outcome, so one bad record does not
 * cost the rest of the file. Locators are {@code path#line} (1-based) and each record is hashed on its
 * own line's bytes, so an edit to one record re-processes only that record.
 */
@Component
public class JsonlPaperSource implements PaperSource {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private final long maxLineBytes;

    public JsonlPaperSource(SourceProperties properties) {
        this.maxLineBytes = properties.jsonlMaxLine().toBytes();
    }

    @Override
    public String format() {
        return "jsonl";
    }

    @Override
    public boolean accepts(InputFile file) {
        return ContentSniffer.kind(file.bytes()) == InputKind.JSON_LINES;
    }

    @Override
    public List<SourceItem> read(InputFile file) {
        byte[] bytes = file.bytes();
        List<SourceItem> items = new ArrayList<>();
        int start = startAfterBom(bytes);
        for (int lineNo = 1; start < bytes.length; lineNo++) {
            int newline = indexOf(bytes, (byte) '\n', start);
            int end = newline < 0 ? bytes.length : newline;
            int contentEnd = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
            byte[] line = Arrays.copyOfRange(bytes, start, contentEnd);
            if (!isBlank(line)) {
                items.add(readLine(file.locator() + "#" + lineNo, lineNo, line));
            }
            start = end + 1;
        }
        return items;
    }

    private SourceItem readLine(String locator, int lineNo, byte[] line) {
        String hash = PaperIds.sha256(line);
        try {
            JsonNode node = parse(line);
            return SourceItem.read(locator, hash, JsonPaperRecord.toPaper(node, format()));
        } catch (SourceException e) {
            String reason = e.getMessage();
            return SourceItem.failed(locator, hash, "line " + lineNo + (reason.startsWith("field") ? ": " : " ") + reason);
        }
    }

    private JsonNode parse(byte[] line) throws SourceException {
        if (line.length > maxLineBytes) {
            throw SourceException.badInput("is " + line.length + " bytes long, over the limit of "
                    + maxLineBytes + " bytes (paperkg.source.jsonl-max-line)");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line)).toString();
        } catch (CharacterCodingException e) {
            throw SourceException.badInput("is not valid UTF-8");
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException e) {
            throw SourceException.badInput("is not valid JSON: " + e.getOriginalMessage());
        }
        if (!node.isObject()) {
            throw SourceException.badInput("is a JSON " + node.getNodeType().name().toLowerCase(Locale.ROOT)
                    + ", not an object");
        }
        return node;
    }

    private static int startAfterBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF ? 3 : 0;
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
