package org.paperkg.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test fixtures on the test classpath. */
final class Fixtures {

    private Fixtures() {
    }

    /** A test resource (file or folder) as a path. */
    static Path file(String resource) {
        URL url = Fixtures.class.getResource("/" + resource);
        if (url == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> files(String resourceDir, String suffix) {
        try (Stream<Path> s = Files.list(file(resourceDir))) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputFile input(Path path) {
        try {
            return InputFile.of(path, Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputFile input(String name, byte[] bytes) {
        return InputFile.of(Path.of(name), bytes);
    }
}
