package org.paperkg.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A text stripper that keeps lines together with their font size and weight, so the heuristics can
 * tell a title (largest font) or a heading (bold) from running text.
 */
final class PdfLineStripper extends PDFTextStripper {

    private final int maxChars;
    private final List<PdfLine> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private final List<TextPosition> positions = new ArrayList<>();
    private int chars;

    /** @param maxChars stop keeping text after this many characters, whatever the page count */
    PdfLineStripper(int maxChars) {
        this.maxChars = maxChars;
        setSortByPosition(false);
    }

    List<PdfLine> lines() {
        return lines;
    }

    @Override
    protected void writeString(String text, List<TextPosition> textPositions) {
        line.append(text);
        positions.addAll(textPositions);
    }

    @Override
    protected void writeWordSeparator() {
        line.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        flush();
    }

    @Override
    protected void writePageEnd() throws IOException {
        flush();
        super.writePageEnd();
    }

    private void flush() {
        String text = line.toString().replaceAll("\\s+", " ").strip();
        if (!text.isEmpty() && chars < maxChars) {
            chars += text.length();
            lines.add(new PdfLine(getCurrentPageNo(), text, dominantSize(), mostlyBold(), mostlyRotated()));
        }
        line.setLength(0);
        positions.clear();
    }

    /** The size most characters have; a superscript or a drop cap does not decide a line's size. */
    private float dominantSize() {
        Map<Float, Integer> counts = new HashMap<>();
        for (TextPosition p : positions) {
            counts.merge(Math.round(p.getFontSizeInPt() * 2) / 2f, 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<Float, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(0f);
    }

    private boolean mostlyBold() {
        long bold = positions.stream().filter(p -> isBold(p.getFont())).count();
        return bold * 2 > positions.size();
    }

    private boolean mostlyRotated() {
        long rotated = positions.stream().filter(p -> p.getDir() != 0f).count();
        return rotated * 2 > positions.size();
    }

    /** Embedded fonts rarely declare a weight, so the name decides: "…-Bold", "…-Medi", AdvTT "….B". */
    private static boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        if (font.getFontDescriptor() != null
                && (font.getFontDescriptor().isForceBold() || font.getFontDescriptor().getFontWeight() >= 600)) {
            return true;
        }
        String name = String.valueOf(font.getName()).toLowerCase(Locale.ROOT);
        return name.contains("bold") || name.contains("medi") || name.contains("black") || name.contains("heavy")
                || name.contains("demi") || name.endsWith(".b") || name.matches(".*[-,+]bd?$");
    }
}
