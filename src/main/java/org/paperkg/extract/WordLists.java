package org.paperkg.extract;

import java.util.Set;

/** The closed word lists the rules match on, in one place so a rule change is a list change. */
final class WordLists {

    private WordLists() {
    }

    /** Heads that name a specific kind of model, so a lower-case phrase ending in one is a method. */
    static final Set<String> SPECIFIC_METHOD_HEADS = Set.of("network", "networks", "net", "nets", "transformer",
            "transformers", "machine", "machines", "autoencoder", "autoencoders", "encoder", "encoders", "decoder",
            "regression", "forest", "forests", "propagation", "attention", "convolution", "convolutions",
            "embedding", "embeddings", "memory", "unit", "units", "descent", "fine-tuning", "pre-training",
            "pretraining", "distillation", "filter", "classifier", "perceptron", "loss", "pagerank");

    /** Heads that say "some method" without naming a kind; a phrase ending in one is too vague to keep. */
    static final Set<String> GENERIC_METHOD_HEADS = Set.of("model", "models", "method", "methods", "approach",
            "approaches", "algorithm", "algorithms", "framework", "frameworks", "architecture", "architectures",
            "technique", "techniques", "module", "modules", "mechanism", "mechanisms", "scheme", "layer", "layers",
            "operator", "operators", "procedure", "strategy", "system", "systems", "variant", "variants",
            "baseline", "baselines", "representation", "representations");

    static final Set<String> DATASET_HEADS = Set.of("dataset", "datasets", "corpus", "corpora", "benchmark",
            "benchmarks", "treebank", "collection", "suite");

    static final Set<String> METRIC_HEADS = Set.of("score", "scores", "error", "rate", "accuracy", "precision",
            "recall", "curve", "distance", "gain", "measure", "coefficient", "index");

    /** Last words of a task name: "relation extraction", "node classification". */
    static final Set<String> TASK_HEADS = Set.of("classification", "recognition", "detection", "segmentation",
            "translation", "understanding", "prediction", "recommendation", "filtering", "answering", "generation",
            "summarization", "summarisation", "retrieval", "parsing", "tagging", "labeling", "labelling",
            "extraction", "completion", "reasoning", "inference", "matching", "ranking", "estimation",
            "forecasting", "clustering", "captioning", "modeling", "modelling", "comprehension", "resolution",
            "alignment", "localization", "tracking", "synthesis", "verification", "entailment", "linking",
            "disambiguation", "learning", "analysis", "search", "grounding", "transfer", "discovery", "similarity",
            "mining");

    /** One-word "tasks" too vague to keep on their own. */
    static final Set<String> VAGUE_TASKS = Set.of("learning", "prediction", "analysis", "inference", "search",
            "modeling", "modelling", "transfer", "reasoning", "understanding", "generation", "matching",
            "ranking", "estimation", "discovery", "recognition", "classification", "training");

    /** Verbs that announce the paper's own method when "we" or "this paper" is their subject. */
    static final Set<String> PROPOSAL_VERBS = Set.of("propose", "proposes", "present", "presents", "introduce",
            "introduces", "develop", "develops", "design", "designs", "devise", "devises", "construct", "call",
            "coin", "name", "term", "dub", "describe", "describes", "formulate");

    /** Past participles that name the paper's method right after them: "a model dubbed X". */
    static final Set<String> NAMING_WORDS = Set.of("dubbed", "called", "named", "termed", "coined");

    /** Words that may open a task phrase but are not part of the task: "three", "various", "downstream". */
    static final Set<String> QUANTIFIERS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "several", "multiple", "various", "many", "some", "different",
            "important", "challenging", "downstream", "standard", "popular", "common", "difficult", "efficient",
            "other", "new", "novel", "existing", "diverse", "numerous", "classic", "traditional", "typical", "main",
            "key", "related", "certain", "specific", "most", "more", "less", "few", "all", "both", "each", "such",
            "task", "tasks", "benchmark", "benchmarks", "problem", "problems");

    /** Base-form proposal verbs, which "we" (or "to", "also", …) must come right before. */
    static final Set<String> VERB_LEADS = Set.of("we", "to", "also", "further", "then", "first", "here", "and",
            "now", "thus", "therefore", "hence", "instead", "finally");

    static final Set<String> PROPOSAL_SUBJECTS = Set.of("we", "paper", "work", "here", "article", "study");

    /** Words after which a description of something else starts, ending a scan for a name. */
    static final Set<String> PREPOSITIONS = Set.of("of", "on", "in", "for", "with", "by", "across", "at", "to",
            "from", "under", "via", "into", "over", "than", "against", "while", "which", "that", "when", "where",
            "whose", "without", "within", "between", "among", "using", "through", "based");

    static final Set<String> DETERMINERS = Set.of("a", "an", "the");

    static final Set<String> OUTPERFORM_VERBS = Set.of("outperform", "outperforms", "outperformed", "outperforming",
            "surpass", "surpasses", "surpassed", "surpassing", "beat", "beats", "beating", "exceed", "exceeds",
            "exceeding");

    static final Set<String> IMPROVEMENT_NOUNS = Set.of("improvement", "improvements", "gain", "gains", "speedup",
            "speed-up", "advantage", "advantages", "superiority", "efficacy", "improves", "improving", "improved",
            "increase", "boost", "margin");

    static final Set<String> BETTER = Set.of("better", "faster", "higher", "superior");

    static final Set<String> USE_VERBS = Set.of("using", "use", "uses", "used", "employ", "employs", "employing",
            "adopt", "adopts", "adopting", "apply", "applies", "applying", "leverage", "leverages", "leveraging",
            "utilize", "utilizes", "utilizing", "utilise", "utilises", "retrain");

    static final Set<String> LIST_CUES = Set.of("such", "including", "include", "includes", "like", "e.g");

    /** Words that say a sentence reports evaluation, before "on X and Y". */
    static final Set<String> EVAL_CUES = Set.of("experiments", "experiment", "evaluate", "evaluated", "evaluation",
            "evaluations", "results", "tested", "test", "trained", "performance", "benchmarks", "accuracy",
            "demonstrate", "experimental", "achieves", "achieve", "obtain", "obtains", "outperforms");

    static final Set<String> INTRO_VERBS = Set.of("release", "releases", "released", "introduce", "introduces",
            "construct", "constructed", "build", "built", "create", "created", "collect", "collected", "present",
            "presents", "propose", "contribute", "curate", "curated", "publish", "compile", "compiled", "new",
            "novel");

    /** Units after a number that make it a count or a size, not a result. */
    static final Set<String> UNITS = Set.of("million", "billion", "thousand", "k", "m", "times", "x", "seconds",
            "second", "s", "ms", "minutes", "hours", "hour", "days", "layers", "layer", "nodes", "edges",
            "parameters", "gb", "mb", "tb", "epochs", "steps", "words", "tokens", "sentences", "examples",
            "samples", "images", "users", "items", "languages", "datasets", "tasks", "benchmarks", "models");

    /** Capitalised words that start sentences or titles but never name a method or dataset. */
    static final Set<String> NOT_NAMES = Set.of("we", "the", "a", "an", "our", "this", "these", "that", "those",
            "in", "on", "for", "with", "to", "of", "and", "or", "it", "its", "their", "both", "each", "all", "here",
            "however", "moreover", "furthermore", "finally", "experiments", "experimental", "extensive", "results",
            "table", "figure", "section", "appendix", "ai", "ml", "nlp", "cv", "gpu", "gpus", "cpu", "cpus", "tpu",
            "tpus", "url", "urls", "api", "apis", "usa", "uk", "eu", "ieee", "acm", "phd", "ii", "iii", "iv",
            "sota", "https", "http", "www", "github", "com", "org", "pdf", "latex", "ok", "vs", "id", "ids",
            "i.e", "e.g", "et", "al", "ie", "eg", "etc");
}
