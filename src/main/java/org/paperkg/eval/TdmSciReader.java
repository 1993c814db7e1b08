package org.paperkg.eval;

import org.paperkg.extract.EntityType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads TDMSci's CoNLL file ({@code token TAB char_offset TAB BIO-tag}, blank line between
 * sentences); each sentence is one gold document. TDMSci ships no dev split, so one is carved out
 * of train deterministically: every fifth sentence (index 4, 9, …) is dev, the rest train.
 */
final class TdmSciReader {

    private static final int DEV_EVERY = 5;

    private TdmSciReader() {
    }

    static List<GoldDoc> read(Path file, Split split) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + file, e);
        }
        List<GoldDoc> docs = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        int sentence = 0;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "";
            if (!line.isBlank()) {
                String[] cols = line.split("\t");
                if (cols.length != 3) {
                    throw new IllegalArgumentException("gold file " + file + " line " + (i + 1) + ": expected 3 tab-separated columns");
                }
                rows.add(cols);
                continue;
            }
            if (rows.isEmpty()) {
                continue;
            }
            boolean dev = sentence % DEV_EVERY == DEV_EVERY - 1;
            if (dev == (split == Split.DEV)) {
                docs.add(sentence(file.getFileName() + ":" + sentence, rows, file));
            }
            sentence++;
            rows = new ArrayList<>();
        }
        return docs;
    }

    /** Places tokens at their original offsets so the sentence keeps its spacing. */
    private static GoldDoc sentence(String id, List<String[]> rows, Path file) {
        StringBuilder text = new StringBuilder();
        int base = Integer.parseInt(rows.get(0)[1]);
        List<GoldMention> mentions = new ArrayList<>();
        EntityType open = null;
        int openStart = 0;
        for (String[] r : rows) {
            int at = Integer.parseInt(r[1]) - base;
            if (text.length() > 0 && at < text.length()) {
                text.append(' ');
            }
            while (text.length() < at) {
                text.append(' ');
            }
            String tag = r[2];
            if (open != null && !tag.startsWith("I-")) {
                mentions.add(mention(open, openStart, text));
                open = null;
            }
            if (tag.startsWith("B-") || (tag.startsWith("I-") && open == null)) {
                open = type(tag.substring(2), file);
                openStart = text.length();
            }
            text.append(r[0]);
        }
        if (open != null) {
            mentions.add(mention(open, openStart, text));
        }
        return new GoldDoc(id, "en", null, text.toString(), mentions, List.of());
    }

    private static GoldMention mention(EntityType type, int start, StringBuilder text) {
        int end = text.length();
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        return new GoldMention(type, start, end, text.substring(start, end));
    }

    private static EntityType type(String label, Path file) {
        return switch (label) {
            case "TASK" -> EntityType.TASK;
            case "DATASET" -> EntityType.DATASET;
            case "METRIC" -> EntityType.METRIC;
            default -> throw new IllegalArgumentException("gold file " + file + ": unknown TDMSci tag " + label);
        };
    }
}
