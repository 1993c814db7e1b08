package org.paperkg.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.paperkg.source.InputFile;
import org.paperkg.source.PaperSources;
import org.paperkg.source.SourceException;

/**
 * Ingest requests of the API. An upload is checked by its content, written whole into the inbox
 * ({@code uploads/<uuid>/}), and an inbox scan is requested; a folder must lie inside the inbox root.
 * Either way the inbox scan job does the ingest, under its lock, so uploads, folders and dropped files
 * share one path. The ingest id names the input's place in the inbox.
 */
public final class IngestRequests {

    static final String INBOX_JOB = "inbox-scan";
    private static final Map<String, String> EXTENSIONS = Map.of(
            "pdf", ".pdf", "tei", ".tei.xml", "jsonl", ".jsonl", "pubmed", ".xml", "arxiv", ".atom");

    private final Inbox inbox;
    private final PaperSources sources;
    private final JobRunner runner;
    private final InboxStatusReader statusReader;

    public IngestRequests(Inbox inbox, PaperSources sources, JobRunner runner, InboxStatusReader statusReader) {
        this.inbox = inbox;
        this.sources = sources;
        this.runner = runner;
        this.statusReader = statusReader;
    }

    /**
     * Accepts an uploaded file.
     *
     * @throws UnsupportedUploadException when its content is not PDF, TEI, JSON Lines, PubMed XML or arXiv Atom
     */
    public IngestTicket upload(String originalName, byte[] bytes) {
        String name = safeName(originalName);
        String format;
        try {
            sources.readerFor(InputFile.of(Path.of(name), bytes));
            format = sources.formatOf(InputFile.of(Path.of(name), bytes));
        } catch (SourceException e) {
            throw new UnsupportedUploadException("upload " + e.getMessage());
        }
        String ext = EXTENSIONS.get(format);
        String fileName = name.toLowerCase(java.util.Locale.ROOT).endsWith(ext) ? name : name + ext;
        String uuid = UUID.randomUUID().toString();
        Path folder = inbox.root().resolve(Inbox.UPLOADS).resolve(uuid);
        Path part = inbox.root().resolve(Inbox.INCOMING).resolve(uuid + ".part");
        try {
            Files.write(part, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.createDirectories(folder);
            // appears whole: the scan never sees a half-written upload
            Files.move(part, folder.resolve(fileName), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the upload in the inbox", e);
        }
        String relative = Inbox.UPLOADS + "/" + uuid;
        runner.request(INBOX_JOB);
        return new IngestTicket(id(relative), relative, format);
    }

    /**
     * Ingests a folder of the inbox now.
     *
     * @throws InboxPathException when the folder is outside the inbox root, or not there
     */
    public IngestTicket folder(String folder) {
        Path resolved = resolve(folder);
        if (!Files.isDirectory(resolved, LinkOption.NOFOLLOW_LINKS)) {
            throw new InboxPathException("'" + folder + "' is not a folder of the inbox", true);
        }
        String relative = inbox.root().relativize(resolved).toString().replace('\\', '/');
        runner.request(INBOX_JOB);
        return new IngestTicket(id(relative), relative, null);
    }

    /** The status of an ingest id, or {@code null} when nothing of it is found. */
    public IngestStatus status(String id) {
        String relative;
        try {
            relative = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InboxPathException("'" + id + "' is not an ingest id", true);
        }
        resolve(relative);
        return statusReader.status(id, relative);
    }

    /**
     * A folder given by a client, as a path inside the inbox: relative, without {@code ..}, not through a
     * symbolic link, and not the processed or failed area.
     */
    Path resolve(String folder) {
        if (folder == null || folder.isBlank()) {
            throw new InboxPathException("no folder given: name a folder inside the inbox", false);
        }
        String f = folder.replace('\\', '/');
        if (f.startsWith("/") || f.matches("^[A-Za-z]:.*") || f.contains("\0")) {
            throw new InboxPathException("'" + folder + "' is absolute: give a folder relative to the inbox root", false);
        }
        for (String part : f.split("/")) {
            if (part.equals("..")) {
                throw new InboxPathException("'" + folder + "' leaves the inbox root ('..' is not allowed)", false);
            }
        }
        Path root = inbox.root();
        Path resolved = root.resolve(f).normalize();
        if (!resolved.startsWith(root)) {
            throw new InboxPathException("'" + folder + "' is outside the inbox root", false);
        }
        Path first = root.relativize(resolved).getNameCount() == 0 ? null : root.relativize(resolved).getName(0);
        if (first != null && (first.toString().equals(Inbox.PROCESSED) || first.toString().equals(Inbox.FAILED))) {
            throw new InboxPathException("'" + folder + "' is in the " + first + " area; only new input is ingested",
                    false);
        }
        for (Path p = resolved; p != null && p.startsWith(root) && !p.equals(root); p = p.getParent()) {
            if (Files.isSymbolicLink(p)) {
                throw new InboxPathException("'" + folder + "' goes through a symbolic link; links are not followed",
                        false);
            }
        }
        return resolved;
    }

    static String id(String relative) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(relative.getBytes(StandardCharsets.UTF_8));
    }

    /** The last part of a client's file name, with only letters, digits, dot, dash and underscore. */
    static String safeName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._-]", "_").replaceAll("^[.]+", "");
        if (name.length() > 100) {
            name = name.substring(name.length() - 100);
        }
        return name.isBlank() ? "upload" : name;
    }
}
