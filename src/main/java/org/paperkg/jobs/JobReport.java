package org.paperkg.jobs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a run did: counts by name and errors (the first {@value #MAX_ERRORS} kept, the rest counted). */
public final class JobReport {

    static final int MAX_ERRORS = 50;

    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final List<String> errors = new ArrayList<>();
    private int moreErrors;

    public synchronized void add(String name, long n) {
        counts.merge(name, n, Long::sum);
    }

    public synchronized void error(String message) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(message);
        } else {
            moreErrors++;
        }
    }

    synchronized Map<String, Long> counts() {
        return Map.copyOf(counts);
    }

    synchronized List<String> errors() {
        List<String> all = new ArrayList<>(errors);
        if (moreErrors > 0) {
            all.add("… and " + moreErrors + " more errors");
        }
        return all;
    }
}
