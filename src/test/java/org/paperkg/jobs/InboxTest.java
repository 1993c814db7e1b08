package org.paperkg.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inbox's layout rules: what counts as new input, and which folders a client may name. */
class InboxTest {

    @TempDir
    Path dir;

    private final Instant now = Instant.parse("2026-11-28T12:00:00Z");

    private Inbox inbox(Duration settle) {
        return new Inbox(new InboxProperties(dir.resolve("inbox"), settle), Clock.fixed(now, ZoneOffset.UTC));
    }

    private Path file(Path folder, String name, Instant modified) throws IOException {
        Path f = TestFiles.write("x".getBytes(StandardCharsets.UTF_8), folder, name);
        Files.setLastModifiedTime(f, FileTime.from(modified));
        return f;
    }

    @Test
    void newInputIsEverySettledVisibleFileOutsideTheProcessedAndFailedAreas() throws IOException {
        Inbox inbox = inbox(Duration.ofSeconds(5));
        Path root = inbox.root();
        Instant old = now.minusSeconds(60);
        Path a = file(root, "a.pdf", old);
        Path nested = file(root.resolve("batch/2024"), "b.jsonl", old);
        file(root, ".hidden.pdf", old);
        file(root.resolve(".git"), "c.pdf", old);
        file(root.resolve("processed"), "done.pdf", old);
        file(root.resolve("failed"), "bad.pdf", old);
        file(root.resolve("batch/processed"), "deep.pdf", old); // only the top-level areas are special
        file(root, "copying.pdf", now.minusSeconds(1));
        Path upload = file(root.resolve("uploads/u1"), "up.pdf", now);
        Path outside = file(dir, "outside.pdf", old);
        Files.createSymbolicLink(root.resolve("link.pdf"), outside);
        Files.createSymbolicLink(root.resolve("linked-folder"), dir);

        assertThat(inbox.newFiles(100)).containsExactly(a, root.resolve("batch/2024/b.jsonl"),
                root.resolve("batch/processed/deep.pdf"), upload);
        assertThat(inbox.newFiles(2)).containsExactly(a, nested);
        assertThat(inbox(Duration.ZERO).newFiles(100)).contains(root.resolve("copying.pdf"));
    }

    @Test
    void theAreasAreCreatedWhenMissing() {
        Inbox inbox = inbox(Duration.ZERO);
        assertThat(inbox.root().resolve("processed")).isDirectory();
        assertThat(inbox.root().resolve("failed")).isDirectory();
        assertThat(inbox.root().resolve("uploads")).isDirectory();
    }

    @Test
    void aClientMayNameOnlyFoldersInsideTheRootAndOutsideTheAreas() throws IOException {
        Inbox inbox = inbox(Duration.ZERO);
        IngestRequests requests = new IngestRequests(inbox, null, null, null);
        Files.createDirectories(inbox.root().resolve("batch-1/sub"));
        Files.createDirectories(dir.resolve("secret"));
        Files.createSymbolicLink(inbox.root().resolve("escape"), dir.resolve("secret"));

        assertThat(requests.resolve("batch-1/sub")).isEqualTo(inbox.root().resolve("batch-1/sub"));
        assertThat(requests.resolve("./batch-1")).isEqualTo(inbox.root().resolve("batch-1"));
        assertRefused(requests, "../secret", "'..' is not allowed");
        assertRefused(requests, "batch-1/../../secret", "'..' is not allowed");
        assertRefused(requests, "..\\secret", "'..' is not allowed");
        assertRefused(requests, dir.resolve("secret").toString(), "absolute");
        assertRefused(requests, "C:\\data", "absolute");
        assertRefused(requests, "escape", "symbolic link");
        assertRefused(requests, "escape/deeper", "symbolic link");
        assertRefused(requests, "processed", "processed area");
        assertRefused(requests, "failed/x", "failed area");
        assertRefused(requests, " ", "no folder given");
    }

    private static void assertRefused(IngestRequests requests, String folder, String why) {
        assertThatThrownBy(() -> requests.resolve(folder)).isInstanceOf(InboxPathException.class)
                .hasMessageContaining(why).matches(e -> !((InboxPathException) e).notFound());
    }

    @Test
    void uploadNamesKeepOnlyTheirLastPartAndSafeCharacters() {
        assertThat(IngestRequests.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(IngestRequests.safeName("C:\\Users\\me\\论文 (1).pdf")).isEqualTo("论文__1_.pdf");
        assertThat(IngestRequests.safeName("...hidden")).isEqualTo("hidden");
        assertThat(IngestRequests.safeName(null)).isEqualTo("upload");
        assertThat(IngestRequests.safeName("a".repeat(300) + ".pdf")).hasSize(100).endsWith(".pdf");
    }
}
