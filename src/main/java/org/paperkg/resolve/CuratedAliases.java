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
 * {@code same} names one thing in several ways (acronym, long forms, Chinese), the first name giving
 * the canonical key; {@code ambiguous} lists an acronym that stands for several things, so it is
 * never linked to one of them across papers.
 */
final class CuratedAliases {

    static final String BUNDLED = "resolve/aliases.tsv";

    /** One line: for {@code same}, the keys in file order and which names are long forms. */
    private record Entry(boolean ambiguous, EntityLabel label, List<String> keys, List<Boolean> longForms) {
    }

    /** The bundled file, parsed once per class loader: it cannot change while the process runs. */
    private static final class Bundled {
        static final List<Entry> ENTRIES = readBundled();
    }

    private CuratedAliases() {
    }

    static void loadBundled(AliasDirectory directory) {
        apply(directory, Bundled.ENTRIES);
    }

    /** @param source names the file in error messages */
    static void load(AliasDirectory directory, String source, Reader reader) throws IOException {
        apply(directory, parse(source, reader));
    }

    private static void apply(AliasDirectory d, List<Entry> entries) {
        for (Entry e : entries) {
            if (e.ambiguous()) {
                e.keys().forEach(k -> d.markAmbiguous(e.label(), k));
            } else {
                d.addCurated(e.label(), e.keys(), e.longForms());
            }
        }
    }

    private static List<Entry> readBundled() {
        try (InputStream in = CuratedAliases.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the alias file " + BUNDLED + " is missing from the classpath");
            }
            return parse(BUNDLED, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUNDLED, e);
        }
    }

    private static List<Entry> parse(String source, Reader reader) throws IOException {
        List<Entry> out = new ArrayList<>();
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
            String kind = cols[0].strip();
            if (!kind.equals("same") && !kind.equals("ambiguous")) {
                throw bad(source, lineNo, "unknown kind '" + kind + "' (same or ambiguous)");
            }
            EntityLabel label = label(source, lineNo, cols[1].strip());
            List<String> names = List.of(cols[2].split("\\|")).stream().map(String::strip).toList();
            List<String> keys = new ArrayList<>();
            for (String name : names) {
                String k = EntityKeys.key(label, name);
                if (k == null) {
                    throw bad(source, lineNo, "the name '" + name + "' has no letters or digits");
                }
                keys.add(k);
            }
            if (kind.equals("same") && keys.size() < 2) {
                throw bad(source, lineNo, "a 'same' line needs at least two names");
            }
            out.add(new Entry(kind.equals("ambiguous"), label, keys,
                    names.stream().map(AliasLinks::isLongForm).toList()));
        }
        return out;
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
