package org.paperkg.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The inbox folder's layout: new input anywhere under the root, and after ingest the same relative path
 * under {@code processed/} or {@code failed/}. Uploads arrive whole under {@code uploads/<id>/}.
 * Hidden files and folders (names starting with a dot) are never input; symbolic links are never
 * followed, so nothing outside the root is read through the inbox.
 */
public final class Inbox {

    static final String PROCESSED = "processed";
    static final String FAILED = "failed";
    static final String UPLOADS = "uploads";
    static final String INCOMING = ".incoming";
    static final String REASON_SUFFIX = ".reason.txt";
    private static final Set<String> NOT_INPUT = Set.of(PROCESSED, FAILED);

    private final Path root;
    private final InboxProperties props;
    private final Clock clock;

    public Inbox(InboxProperties props, Clock clock) {
        this.props = props;
        this.clock = clock;
        this.root = props.root().toAbsolutePath().normalize();
        try {
            for (String dir : List.of(PROCESSED, FAILED, UPLOADS, INCOMING)) {
                Files.createDirectories(root.resolve(dir));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the inbox folders under " + root, e);
        }
    }

    public Path root() {
        return root;
    }

    Path processed() {
        return root.resolve(PROCESSED);
    }

    Path failed() {
        return root.resolve(FAILED);
    }

    /** New input files, in path order, at most {@code max}; files still settling are left for later. */
    public List<Path> newFiles(int max) {
        return newFiles(root, max);
    }

    /** New input files under one folder of the inbox. */
    List<Path> newFiles(Path folder, int max) {
        Instant settled = clock.instant().minus(props.settle());
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(folder)) {
                        return FileVisitResult.CONTINUE;
                    }
                    boolean skip = hidden(dir) || (dir.getParent().equals(root) && NOT_INPUT.contains(name(dir)));
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    boolean ready = attrs.isRegularFile() && !hidden(file)
                            && (isUpload(file) || attrs.lastModifiedTime().toInstant().isBefore(settled));
                    if (ready) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the inbox " + folder, e);
        }
        files.sort(null);
        return files.size() > max ? List.copyOf(files.subList(0, max)) : files;
    }

    /** True when the file lies under the inbox (new, processed or failed). */
    boolean contains(Path file) {
        return file.toAbsolutePath().normalize().startsWith(root);
    }

    /** The path of an inbox file relative to the area it is in (the root, {@code processed/} or {@code failed/}). */
    Path relative(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        for (Path area : List.of(processed(), failed())) {
            if (abs.startsWith(area)) {
                return area.relativize(abs);
            }
        }
        return root.relativize(abs);
    }

    boolean inFailed(Path file) {
        return file.toAbsolutePath().normalize().startsWith(failed());
    }

    static Path reasonFile(Path file) {
        return file.resolveSibling(file.getFileName() + REASON_SUFFIX);
    }

    private boolean isUpload(Path file) {
        return file.startsWith(root.resolve(UPLOADS));
    }

    private static boolean hidden(Path p) {
        return name(p).startsWith(".");
    }

    private static String name(Path p) {
        return p.getFileName() == null ? "" : p.getFileName().toString();
    }
}
