package org.paperkg.eval;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The tiny hand-made gold folder in the test resources. */
public final class EvalFixtures {

    private EvalFixtures() {
    }

    /** A writable copy of the gold folder under {@code dir}. */
    public static Path copy(Path dir) throws java.io.IOException {
        Path from = gold();
        try (var files = java.nio.file.Files.walk(from)) {
            for (Path p : files.toList()) {
                Path to = dir.resolve(from.relativize(p).toString());
                if (java.nio.file.Files.isDirectory(p)) {
                    java.nio.file.Files.createDirectories(to);
                } else {
                    java.nio.file.Files.copy(p, to);
                }
            }
        }
        return dir;
    }

    public static Path gold() {
        try {
            return Path.of(EvalFixtures.class.getResource("/eval/gold/README.md").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
