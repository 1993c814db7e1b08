package org.paperkg.jobs;

/** A path given to the API that is not an acceptable inbox folder, with the reason. */
public final class InboxPathException extends RuntimeException {

    private final boolean notFound;

    InboxPathException(String message, boolean notFound) {
        super(message);
        this.notFound = notFound;
    }

    /** True when the path is acceptable but nothing is there. */
    public boolean notFound() {
        return notFound;
    }
}
