package org.paperkg.extract;

/**
 * Which spans the tagger labels dataset are kept as datasets. The tagger reads a name-shaped word in
 * a dataset's usual place as a dataset, so it also labels model names and code repositories; these
 * tests look at the name and where it stands instead.
 */
final class TaggedDatasets {

    /** How far back a web address may start before a path segment. */
    private static final int MAX_ADDRESS_TOKENS = 12;

    private TaggedDatasets() {
    }

    /**
     * A name that can be a dataset ({@link NameShapes#isDatasetName(String, boolean)}), not shaped like a
     * model's ({@link NameShapes#isModelName(String)}) and not a path in a web address.
     */
    static boolean keep(Sent s, TaggedSpan span, String name) {
        return NameShapes.isDatasetName(name, s.title()) && !NameShapes.isModelName(name) && !inWebAddress(s, span.from());
    }

    /**
     * True when token {@code from} is a path segment of a web address ({@code github.com/jhkim89/PyramidNet}):
     * the tokens before it are segments and slashes back to the address's start. A repository is named
     * after its code. Alternatives written with a slash ({@code CNN/DailyMail}) do not start an address.
     */
    static boolean inWebAddress(Sent s, int from) {
        if (from == 0 || !s.token(from - 1).is("/")) {
            return false;
        }
        for (int k = from - 1; k >= 0 && from - k <= MAX_ADDRESS_TOKENS; k--) {
            Token t = s.token(k);
            if (t.is("http") || t.is("https") || t.lower().startsWith("www.") || t.lower().startsWith("github.")) {
                return true;
            }
            boolean segment = t.is("/") || t.is(":") || s.token(k + 1).is("/");
            if (!segment) {
                return false;
            }
        }
        return false;
    }
}
