package org.paperkg.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The input files under the given paths, in a stable order: regular files only, hidden files and
 * folders (names starting with a dot) skipped, symbolic links not followed.
 */
final class InputWalker {

    private InputWalker() {
    }

    /** @throws IllegalArgumentException naming a path that does not exist */
    static List<Path> files(List<Path> roots) {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new IllegalArgumentException(root + ": no such file or folder");
            }
            if (Files.isRegularFile(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                files.add(root);
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                        .filter(p -> !hidden(root.relativize(p)))
                        .sorted(Comparator.comparing(Path::toString))
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + root, e);
            }
        }
        return files;
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
