package org.paperkg.graph;

/** A catalogue query was given a missing, unknown or malformed parameter; the message says which and why. */
public class QueryParameterException extends IllegalArgumentException {

    public QueryParameterException(String message) {
        super(message);
    }
}
