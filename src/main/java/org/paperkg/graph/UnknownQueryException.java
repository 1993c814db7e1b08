package org.paperkg.graph;

/** No catalogue query has the asked name; the message lists those there are. */
public class UnknownQueryException extends IllegalArgumentException {

    public UnknownQueryException(String message) {
        super(message);
    }
}
