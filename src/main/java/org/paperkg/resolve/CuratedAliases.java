package org.paperkg.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an alias file into a directory. One line per group, tab-separated, {@code #} starts a comment:
 * <pre>
 * same       Method  GNN|graph neural network|图神经网络
 * ambiguous  Method  SAM
 * </pre>
 * {@code same} names one thing in several ways (acronym, long forms, Chinese); {@code ambiguous} lists
 * an acronym that stands for several things, so it is never linked to one of them across papers.
 */
final class CuratedAliases {

    static final String BUNDLED = "resolve/aliases.tsv";

    private CuratedAliases() {
    }

    static void loadBundled(AliasDirectory directory) {
        try (InputStream in = CuratedAliases.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the alias file " + BUNDLED + " is missing from the classpath");
            }
            load(directory, BUNDLED, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUNDLED, e);
        }
    }

    /** @param source names the file in error messages */
    static void load(AliasDirectory directory, String source, Reader reader) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        int lineNo = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            String[] cols = content.split("\t");
            if (cols.length != 3) {
                throw bad(source, lineNo, "expected 3 tab-separated columns (kind, label, names), found " + cols.length);
            }
            EntityLabel label = label(source, lineNo, cols[1].strip());
            List<String> keys = new ArrayList<>();
            List<String> names = List.of(cols[2].split("\\|"));
            for (String name : names) {
                String k = EntityKeys.key(label, name.strip());
                if (k == null) {
                    throw bad(source, lineNo, "the name '" + name + "' has no letters or digits");
                }
                keys.add(k);
            }
            switch (cols[0].strip()) {
                case "same" -> same(directory, label, names, keys, source, lineNo);
                case "ambiguous" -> keys.forEach(k -> directory.markAmbiguous(label, k));
                default -> throw bad(source, lineNo, "unknown kind '" + cols[0].strip() + "' (same or ambiguous)");
            }
        }
    }

    private static void same(AliasDirectory d, EntityLabel label, List<String> names, List<String> keys, String source,
            int lineNo) {
        if (keys.size() < 2) {
            throw bad(source, lineNo, "a 'same' line needs at least two names");
        }
        for (int i = 0; i < keys.size(); i++) {
            d.linkUnchecked(label, keys.get(0), keys.get(i));
            if (AliasDirectory.isLongForm(names.get(i).strip())) {
                d.addLongForm(label, keys.get(0), keys.get(i));
            }
        }
    }

    private static EntityLabel label(String source, int lineNo, String s) {
        try {
            return EntityLabel.valueOf(s);
        } catch (IllegalArgumentException e) {
            throw bad(source, lineNo, "unknown label '" + s + "' (Task, Method, Dataset or Metric)");
        }
    }

    private static IllegalArgumentException bad(String source, int lineNo, String reason) {
        return new IllegalArgumentException(source + " line " + lineNo + ": " + reason);
    }
}
