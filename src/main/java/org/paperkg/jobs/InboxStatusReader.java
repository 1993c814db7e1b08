package org.paperkg.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.paperkg.graph.IngestLedger;
import org.paperkg.graph.LedgerEntry;

/**
 * The status of an inbox path from what is on disk and in the ledger: files still under the root wait,
 * files under {@code processed/} were ingested (their papers from the ledger), files under
 * {@code failed/} failed (the reason from the ledger).
 */
public final class InboxStatusReader {

    private static final int MAX_FILES = 1000;

    private final Inbox inbox;
    private final IngestLedger ledger;

    public InboxStatusReader(Inbox inbox, IngestLedger ledger) {
        this.inbox = inbox;
        this.ledger = ledger;
    }

    /** The status, or {@code null} when the path is in none of the areas. */
    IngestStatus status(String id, String relative) {
        List<Path> queued = files(inbox.root().resolve(relative));
        List<Path> done = files(inbox.processed().resolve(relative));
        List<Path> failed = files(inbox.failed().resolve(relative)).stream()
                .filter(p -> !p.getFileName().toString().endsWith(Inbox.REASON_SUFFIX)).toList();
        if (queued.isEmpty() && done.isEmpty() && failed.isEmpty()) {
            return null;
        }
        Map<String, LedgerEntry> known = ledger.find(Stream.concat(done.stream(), failed.stream())
                .limit(MAX_FILES).map(Path::toString).toList());
        List<IngestStatus.FileState> states = new ArrayList<>();
        queued.forEach(p -> states.add(state(p, "queued", null)));
        done.forEach(p -> states.add(state(p, "ingested", known.get(p.toString()))));
        failed.forEach(p -> states.add(state(p, "failed", known.get(p.toString()))));
        String state = queued.isEmpty() ? "done" : done.isEmpty() && failed.isEmpty() ? "queued" : "running";
        return new IngestStatus(id, relative, state, queued.size(), done.size(), failed.size(),
                states.size() > MAX_FILES ? states.subList(0, MAX_FILES) : states);
    }

    private IngestStatus.FileState state(Path file, String state, LedgerEntry entry) {
        return new IngestStatus.FileState(inbox.relative(file).toString().replace('\\', '/'), state,
                entry == null ? List.of() : entry.paperIds(), entry == null ? null : entry.reason());
    }

    /** Regular files under a path (the path itself when it is one), hidden ones left out, links not followed. */
    private static List<Path> files(Path path) {
        if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !hidden(path.relativize(p)))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + path, e);
        }
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
