package org.paperkg.graph;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The type of a catalogue query's parameter, as its header declares it. Values arrive as text from the
 * command line or a URL, or already typed from JSON; either way each type takes exactly one form to
 * Neo4j, so a query never sees {@code "5"} where it compares with {@code 5}.
 */
public enum ParameterType {
    /** Text, as given. */
    STRING,
    /** A whole number, passed as a {@code long}. */
    INT,
    /** A decimal number, passed as a {@code double}. */
    FLOAT,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A list of strings; text is split at commas. */
    LIST;

    /** The type named in a header ({@code string}, {@code int}, ...), or {@code null} if there is none such. */
    static ParameterType named(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    /** The header's name of this type. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The value as Neo4j should get it.
     *
     * @throws IllegalArgumentException with a reason fit to show, if the value has another type
     */
    public Object convert(Object value) {
        if (value == null) {
            return null;
        }
        return switch (this) {
            case STRING -> value instanceof String s ? s : String.valueOf(value);
            case INT -> value instanceof Number n && n.doubleValue() == n.longValue() ? (Object) n.longValue()
                    : parseLong(text(value));
            case FLOAT -> value instanceof Number n ? (Object) n.doubleValue() : parseDouble(text(value));
            case BOOLEAN -> value instanceof Boolean b ? b : parseBoolean(text(value));
            case LIST -> value instanceof List<?> l ? l.stream().map(String::valueOf).toList() : split(text(value));
        };
    }

    private String text(Object value) {
        if (value instanceof String s) {
            return s.strip();
        }
        throw new IllegalArgumentException("expected " + article() + ", not " + value);
    }

    private static Long parseLong(String s) {
        try {
            return Long.valueOf(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a whole number, not '" + s + "'");
        }
    }

    private static Double parseDouble(String s) {
        try {
            return Double.valueOf(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a number, not '" + s + "'");
        }
    }

    private static Boolean parseBoolean(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("expected true or false, not '" + s + "'");
        };
    }

    private static List<String> split(String s) {
        return Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private String article() {
        return switch (this) {
            case INT -> "a whole number";
            case FLOAT -> "a number";
            case BOOLEAN -> "true or false";
            case LIST -> "a list";
            case STRING -> "text";
        };
    }
}
