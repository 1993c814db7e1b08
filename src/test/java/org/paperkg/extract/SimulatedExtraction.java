package org.paperkg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ObjectNode;

/** The simulator's answer: an extraction whose every name and evidence sentence comes from the abstract. */
final class SimulatedExtraction {

    private static final Pattern ACRONYM = Pattern.compile("\\b[A-Z][A-Za-z]*[A-Z0-9][A-Za-z0-9-]*\\b");
    private static final Pattern WORD = Pattern.compile("\\b[a-z]{6,}\\b");

    private SimulatedExtraction() {
    }

    static String fromUserMessage(String user) {
        int start = user.indexOf("\n<paper>\n");
        int end = user.lastIndexOf("\n</paper>\n");
        String text = start >= 0 && end > start ? user.substring(start + 9, end) : user;
        String lang = Languages.detect(text);
        List<String> sentences = Sentences.split(text, lang).stream().filter(s -> s.length() <= 2000).toList();
        String first = sentences.isEmpty() ? clip(text.strip(), 2000) : sentences.get(0);
        String name = name(text, lang);
        String evidence = sentences.stream().filter(s -> s.contains(name)).findFirst().orElse(first);

        ObjectNode e = LlmTestSupport.JSON.createObjectNode();
        e.putObject("summary").put("researchProblem", clip(first)).put("method", clip(evidence))
                .put("results", "").put("dataContribution", "");
        e.putArray("tasks").addObject().put("name", clip(first, 200)).put("evidence", first);
        ObjectNode method = e.putArray("methods").addObject();
        method.put("name", name).putNull("acronym").put("role", "PROPOSED");
        method.putArray("extends");
        method.putArray("improvesOn");
        method.put("evidence", evidence);
        e.putArray("datasets");
        e.putArray("results");
        return LlmTestSupport.JSON.writeValueAsString(e);
    }

    private static String name(String text, String lang) {
        if ("zh".equals(lang)) {
            int i = 0;
            while (i < text.length() && !Languages.isIdeograph(text.codePointAt(i))) {
                i++;
            }
            return text.substring(i, Math.min(text.length(), i + 4));
        }
        Matcher m = ACRONYM.matcher(text);
        if (m.find()) {
            return m.group();
        }
        Matcher w = WORD.matcher(text);
        return w.find() ? w.group() : text.strip().split("\\s+")[0];
    }

    private static String clip(String s) {
        return clip(s, 600);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
