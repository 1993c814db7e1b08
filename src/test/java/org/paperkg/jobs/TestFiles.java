package org.paperkg.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Test inputs: classpath resources and sample files, dropped into folders whole (as a finished copy would be). */
public final class TestFiles {

    private TestFiles() {
    }

    /** A test resource as a path. */
    public static Path resource(String name) {
        try {
            var url = TestFiles.class.getResource("/" + name);
            if (url == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies a file to {@code folder/name}, appearing whole (written beside it under a hidden name, then moved). */
    public static Path drop(Path source, Path folder, String name) {
        try {
            return write(Files.readAllBytes(source), folder, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path write(byte[] bytes, Path folder, String name) {
        try {
            Files.createDirectories(folder);
            Path tmp = folder.resolve("." + name + ".tmp");
            Files.write(tmp, bytes);
            return Files.move(tmp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
