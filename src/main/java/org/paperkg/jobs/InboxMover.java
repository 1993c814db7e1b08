package org.paperkg.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.paperkg.graph.IngestLedger;
import org.paperkg.graph.LedgerEntry;
import org.paperkg.graph.Outcome;
import org.paperkg.graph.Times;

/**
 * After an ingest, moves each inbox file where its outcome says: {@code processed/} when ingested or
 * unchanged, {@code failed/} with a {@code .reason.txt} beside it when it failed or waits for a peer.
 * The ledger's entries follow the file, so the retry job finds it. Files outside the inbox stay put.
 */
final class InboxMover {

    private final Inbox inbox;
    private final IngestLedger ledger;
    private final Clock clock;

    InboxMover(Inbox inbox, IngestLedger ledger, Clock clock) {
        this.inbox = inbox;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Settles one file; returns where it is now. */
    Path settle(Path file, List<LedgerEntry> entries) throws IOException {
        Path abs = file.toAbsolutePath().normalize();
        if (!inbox.contains(abs)) {
            return abs;
        }
        LedgerEntry own = entries.stream().filter(e -> e.locator().equals(abs.toString())).findFirst().orElse(null);
        boolean ok = own != null && (own.outcome() == Outcome.INGESTED || own.outcome() == Outcome.SKIPPED);
        Path target = (ok ? inbox.processed() : inbox.failed()).resolve(inbox.relative(abs));
        boolean wasFailed = inbox.inFailed(abs);
        if (!target.equals(abs)) {
            Files.createDirectories(target.getParent());
            target = free(target);
            Files.move(abs, target, StandardCopyOption.ATOMIC_MOVE);
            ledger.relocate(abs.toString(), target.toString());
            removeEmptyUploadFolder(abs.getParent());
        }
        if (wasFailed && ok) {
            Files.deleteIfExists(Inbox.reasonFile(abs));
        }
        if (!ok) {
            Files.writeString(Inbox.reasonFile(target), reason(own, entries), StandardCharsets.UTF_8);
        }
        return target;
    }

    private String reason(LedgerEntry own, List<LedgerEntry> entries) {
        StringBuilder out = new StringBuilder();
        if (own == null) {
            return "outcome: FAILED\nreason: no outcome was recorded for this file\nat: " + Times.iso(clock.instant()) + "\n";
        }
        out.append("outcome: ").append(own.outcome()).append('\n')
                .append("reason: ").append(own.reason()).append('\n')
                .append("attempts: ").append(own.attempts()).append('\n')
                .append("at: ").append(Times.iso(own.at())).append('\n');
        List<LedgerEntry> records = entries.stream().filter(e -> e != own && e.reason() != null).toList();
        if (!records.isEmpty()) {
            out.append("records:\n");
            for (LedgerEntry e : records) {
                String where = e.locator().startsWith(own.locator()) ? e.locator().substring(own.locator().length())
                        : e.locator();
                out.append("  ").append(where).append(' ').append(e.outcome().name().toLowerCase(Locale.ROOT))
                        .append(": ").append(e.reason()).append('\n');
            }
        }
        return out.toString();
    }

    /** The target, or the first free name after it ({@code paper-2.pdf}, …) when a file is there already. */
    private static Path free(Path target) {
        String name = target.getFileName().toString();
        int dot = name.indexOf('.', 1);
        String stem = dot < 0 ? name : name.substring(0, dot);
        String ext = dot < 0 ? "" : name.substring(dot);
        Path candidate = target;
        for (int n = 2; Files.exists(candidate) || Files.exists(Inbox.reasonFile(candidate)); n++) {
            candidate = target.resolveSibling(stem + "-" + n + ext);
        }
        return candidate;
    }

    /** An upload's own folder goes when its file has been moved out. */
    private void removeEmptyUploadFolder(Path folder) throws IOException {
        if (folder.getParent() != null && folder.getParent().equals(inbox.root().resolve(Inbox.UPLOADS))) {
            try {
                Files.deleteIfExists(folder);
            } catch (DirectoryNotEmptyException e) {
                // another file of the upload is still there
            }
        }
    }
}
