package org.paperkg.resolve;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Size and version variants of a method: "BERT-large" is a variant of "BERT", "Qwen3-8B" of "Qwen3",
 * itself a version of "Qwen". Each step is its own node with a VARIANT_OF edge to the next one up.
 */
final class Variants {

    private static final Pattern LAST_STEP = Pattern.compile("^(.*?\\p{L}.*?)[\\s_\\-]*(?:[vV]?\\d+(?:\\.\\d+)*"
            + "[kmbtKMBT]?|(?i:tiny|mini|small|base|medium|large|x+l|huge|giant|lite|nano|micro|uncased|cased|chat"
            + "|instruct))$");

    private Variants() {
    }

    /**
     * Adds the family chain of a method name to the paper: the name's folded key, if it is a variant,
     * gets a VARIANT_OF edge to its parent, and so on up.
     */
    static void addChain(String name, String key, String evidence, EntityTable entities, FactTable facts,
            PaperKeys keys) {
        String folded = EntityKeys.key(EntityLabel.Method, name);
        String childKey = key;
        String childName = name;
        for (String parent = EntityKeys.parentVariant(folded); parent != null;
                parent = EntityKeys.parentVariant(parent)) {
            String parentKey = keys.canonical(EntityLabel.Method, parent);
            String parentName = parentName(childName, parent);
            entities.addKeyed(EntityLabel.Method, parentKey, parentName);
            facts.between(FactType.VARIANT_OF, childKey, parentKey, evidence);
            childKey = parentKey;
            childName = parentName;
        }
    }

    /** The name one step up as written ("GATv2" → "GAT"), or the parent's key when that fails. */
    static String parentName(String name, String parentKey) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
        Matcher m = LAST_STEP.matcher(s);
        if (m.matches()) {
            String base = m.group(1).strip();
            if (parentKey.equals(EntityKeys.key(EntityLabel.Method, base))) {
                return base;
            }
        }
        return parentKey;
    }
}
