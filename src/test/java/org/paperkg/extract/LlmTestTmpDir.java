package org.paperkg.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Creates {@code java.io.tmpdir} before a test class runs. The surefire configuration points it
 * at {@code target/tmp}, which nothing creates, so {@code @TempDir} fails on a clean build.
 */
final class LlmTestTmpDir implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    }
}
