package org.paperkg.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.paperkg.extract.model.SequenceModel;
import org.paperkg.source.Paper;

/**
 * The offline extractor, version 1: two small models on DJL's PyTorch engine (CPU, nothing
 * downloaded) plus the v0 rules. For English, a mention tagger names tasks, methods and datasets
 * beside the rules' own names, and a role model finds the objective, method and result sentences for
 * the summary; the rules still give the results with their numbers, method roles, acronyms and
 * lineage (see {@link TaggedExtraction}). Chinese text goes to {@link ChineseTermFinder},
 * {@link ChineseMetricFinder} and the rules, as no permissively licensed Chinese training data was
 * available. Build it once (or use {@link #shared()}): loading takes one to two seconds; after that
 * it is thread-safe and {@link #close()} releases the native memory.
 */
public final class OfflineExtractorV1 implements Extractor, SentenceRoleClassifier, AutoCloseable {

    /** Classpath folder of the shipped weights. */
    public static final String RESOURCE = "models";
    /** Bumped when the code around the models changes what they produce. */
    private static final String CODE_VERSION = "v1.2";

    /**
     * English: also keep the rules' tasks, methods and datasets the tagger missed. On by default, as it
     * scored better on every English dev set (the rules know name-shaped methods and datasets the
     * tagger, trained on SciERC's phrases, misses); {@code -Dpaperkg.v1.keep-rules=false} for the
     * tagger's names alone.
     */
    static final boolean KEEP_RULES_EN = !"false".equals(System.getProperty("paperkg.v1.keep-rules"));

    private final MentionTagger tagger;
    private final RoleModel roles;
    private final SequenceModel taggerModel;
    private final SequenceModel roleModel;
    private final RuleExtractor rules = new RuleExtractor();
    private final ExtractorInfo info;

    private OfflineExtractorV1(SequenceModel taggerModel, SequenceModel roleModel) {
        this.taggerModel = taggerModel;
        this.roleModel = roleModel;
        this.tagger = new MentionTagger(taggerModel);
        this.roles = new RoleModel(roleModel);
        this.info = info(taggerModel.id() + "+" + roleModel.id());
    }

    private static OfflineExtractorV1 shared;

    /**
     * The process-wide instance of the shipped weights, loaded on first use and never closed (its
     * native memory goes with the process), so every user in the process, test contexts included,
     * pays the load once.
     *
     * @throws UncheckedIOException when the weights are missing or cannot be loaded
     */
    public static synchronized OfflineExtractorV1 shared() {
        if (shared == null) {
            shared = load();
        }
        return shared;
    }

    /**
     * What {@link #info()} of the shipped weights is, read from the classpath without loading the
     * engine; {@code null} when the weights are not on the classpath.
     */
    public static ExtractorInfo shippedInfo() {
        try {
            String t = SequenceModel.resourceId(RESOURCE + "/" + MentionTagger.NAME, MentionTagger.NAME);
            String r = SequenceModel.resourceId(RESOURCE + "/" + RoleModel.NAME, RoleModel.NAME);
            return t == null || r == null ? null : info(t + "+" + r);
        } catch (IOException e) {
            throw new UncheckedIOException("the offline extractor's shipped weights cannot be read", e);
        }
    }

    /** Loads the weights shipped in the jar (a new instance the caller closes; see {@link #shared()}). */
    public static OfflineExtractorV1 load() {
        try {
            SequenceModel t = SequenceModel.loadResource(RESOURCE + "/" + MentionTagger.NAME, MentionTagger.NAME);
            return new OfflineExtractorV1(t, loadOrClose(() -> SequenceModel.loadResource(RESOURCE + "/" + RoleModel.NAME,
                    RoleModel.NAME), t));
        } catch (IOException e) {
            throw new UncheckedIOException("the offline extractor's shipped weights cannot be loaded", e);
        }
    }

    /** Loads weights written by {@code train} into {@code dir} ({@code dir/tagger-en}, {@code dir/roles-en}). */
    public static OfflineExtractorV1 load(Path dir) throws IOException {
        SequenceModel t = SequenceModel.load(dir.resolve(MentionTagger.NAME), MentionTagger.NAME);
        return new OfflineExtractorV1(t, loadOrClose(() -> SequenceModel.load(dir.resolve(RoleModel.NAME), RoleModel.NAME), t));
    }

    private interface Loader {
        SequenceModel load() throws IOException;
    }

    private static SequenceModel loadOrClose(Loader loader, SequenceModel other) throws IOException {
        try {
            return loader.load();
        } catch (IOException | RuntimeException e) {
            other.close();
            throw e;
        }
    }

    @Override
    public ExtractorInfo info() {
        return info;
    }

    @Override
    public ExtractionResult extract(Paper paper) throws ExtractionException {
        boolean noTitle = paper.title() == null || paper.title().isBlank();
        if (noTitle && !paper.hasAbstract()) {
            throw new ExtractionException("paper " + paper.id() + " has neither title nor abstract to extract from", false);
        }
        return new ExtractionResult(extract(paper.title(), paper.abstractText(), paper.lang()), info);
    }

    /** Extracts from a title and abstract; {@code lang} {@code null} guesses it from the text. */
    public Extraction extract(String title, String abstractText, String lang) {
        String language = lang != null && !lang.isBlank() ? lang
                : Languages.detect((title == null ? "" : title) + "\n" + (abstractText == null ? "" : abstractText));
        Extraction ruled = rules.extract(title, abstractText, language);
        if (language.startsWith("zh")) {
            List<Sent> sentences = SentenceSplit.headSentences(title, abstractText, "zh");
            List<List<TaggedExtraction.Found>> found = sentences.stream().map(OfflineExtractorV1::chineseTerms).toList();
            return TaggedExtraction.build(sentences, found, List.of(), ruled, true);
        }
        List<Sent> sentences = SentenceSplit.headSentences(title, abstractText, "en");
        boolean titled = title != null && !title.isBlank();
        List<SentenceRole> bodyRoles = roles.classify(titled ? sentences.subList(1, sentences.size()) : sentences);
        List<List<TaggedSpan>> spans = tagger.tag(sentences);
        List<List<TaggedExtraction.Found>> found = new java.util.ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            found.add(TaggedExtraction.names(sentences.get(i), spans.get(i)));
        }
        return TaggedExtraction.build(sentences, found, bodyRoles, ruled, KEEP_RULES_EN);
    }

    private static List<TaggedExtraction.Found> chineseTerms(Sent s) {
        String text = s.text();
        // metrics apart from the terms: a term may hold a metric's words (人脸识别 in 人脸识别率), and
        // either may be right
        return Stream.concat(ChineseMetricFinder.find(text).stream(), ChineseTermFinder.find(text).stream())
                .map(t -> new TaggedExtraction.Found(t.type(), text.substring(t.start(), t.end()), null,
                        t.type() == EntityType.METRIC ? ChineseResultRules.valueNear(text, t.start(), t.end()) : null))
                .toList();
    }

    @Override
    public List<SentenceRole> classify(List<String> sentences, String lang) {
        return roles.classify(sentences.stream().map(s -> Sent.of(s.strip(), false)).toList());
    }

    @Override
    public void close() {
        synchronized (OfflineExtractorV1.class) {
            if (this == shared) {
                return; // shared by the whole process; see shared()
            }
        }
        taggerModel.close();
        roleModel.close();
    }

    private static ExtractorInfo info(String model) {
        return new ExtractorInfo("offline-v1", model, version(model));
    }

    private static String version(String model) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest((CODE_VERSION + "|" + model + "|"
                    + RuleExtractor.INFO.promptVersion()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
