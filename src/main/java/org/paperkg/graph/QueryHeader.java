package org.paperkg.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the header comment of a catalogue query file:
 * <pre>
 * // Purpose: what the query answers (continued on indented lines)
 * // Param method (string, example "BERT"): the method, by key, name or alias
 * // Param depth (int, default 5, example 3): how many hops to follow
 * // Returns: the columns
 * </pre>
 * A parameter without a default is required; every parameter has an example, quoted when it holds a
 * comma. A malformed header is a packaging error and fails loudly, naming the file.
 */
final class QueryHeader {

    private static final Pattern PARAM = Pattern.compile("Param\\s+(\\w+)\\s+\\((\\w+)((?:,\\s*\\w+\\s+(?:\"[^\"]*\"|[^,)]*))*)\\):\\s*(.*)");
    private static final Pattern ATTRIBUTE = Pattern.compile(",\\s*(\\w+)\\s+(?:\"([^\"]*)\"|([^,]*))");

    private QueryHeader() {
    }

    static CatalogueQuery parse(String name, String text) {
        StringBuilder purpose = new StringBuilder();
        StringBuilder returns = new StringBuilder();
        List<String[]> params = new ArrayList<>();
        StringBuilder current = null;
        for (String raw : text.lines().toList()) {
            String line = raw.strip();
            if (!line.startsWith("//")) {
                break;
            }
            line = line.substring(2).strip();
            if (line.startsWith("Purpose:")) {
                current = purpose.append(line.substring(8).strip());
            } else if (line.startsWith("Returns:")) {
                current = returns.append(line.substring(8).strip());
            } else if (line.startsWith("Param ")) {
                String[] param = {line};
                params.add(param);
                current = null;
            } else if (!line.isEmpty() && current != null) {
                current.append(' ').append(line);
            } else if (!line.isEmpty() && !params.isEmpty()) {
                String[] last = params.get(params.size() - 1);
                last[0] = last[0] + " " + line;
            }
        }
        if (purpose.isEmpty()) {
            throw malformed(name, "no '// Purpose:' line");
        }
        List<QueryParameter> parameters = new ArrayList<>();
        for (String[] p : params) {
            parameters.add(parameter(name, p[0]));
        }
        return new CatalogueQuery(name, purpose.toString(), parameters, returns.toString());
    }

    private static QueryParameter parameter(String name, String line) {
        Matcher m = PARAM.matcher(line);
        if (!m.matches()) {
            throw malformed(name, "cannot read '" + line + "'; write: Param name (type, default v, example \"v\"): meaning");
        }
        ParameterType type = ParameterType.named(m.group(2));
        if (type == null) {
            throw malformed(name, "parameter " + m.group(1) + " has unknown type " + m.group(2));
        }
        String defaultValue = null;
        String example = null;
        Matcher a = ATTRIBUTE.matcher(m.group(3));
        while (a.find()) {
            String value = a.group(2) != null ? a.group(2) : a.group(3).strip();
            switch (a.group(1)) {
                case "default" -> defaultValue = value;
                case "example" -> example = value;
                default -> throw malformed(name, "parameter " + m.group(1) + " has unknown attribute " + a.group(1));
            }
        }
        if (example == null) {
            throw malformed(name, "parameter " + m.group(1) + " has no example");
        }
        return new QueryParameter(m.group(1), type, defaultValue, example, m.group(4).strip());
    }

    private static IllegalStateException malformed(String name, String reason) {
        return new IllegalStateException("cypher/" + QueryCatalogue.FOLDER + "/" + name + ".cypher: header: " + reason);
    }
}
