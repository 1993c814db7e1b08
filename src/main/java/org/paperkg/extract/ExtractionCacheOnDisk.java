package org.paperkg.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link ExtractionCache} of JSON files, one per key, under {@code <dir>/<first two hex>/<key>.json},
 * so it survives restarts. Writes go to a temporary file in the same folder, then an atomic move, so
 * a crash never leaves a half-written entry. Entries are validated again when read: a damaged or
 * hand-edited file counts as a miss and is replaced, never returned.
 */
public final class ExtractionCacheOnDisk implements ExtractionCache {

    private static final Logger log = LoggerFactory.getLogger(ExtractionCacheOnDisk.class);

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

    private final Path dir;
    private final ExtractionSchema schema;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    public ExtractionCacheOnDisk(Path dir, ExtractionSchema schema) {
        this.dir = dir;
        this.schema = schema;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the extraction cache folder " + dir.toAbsolutePath(), e);
        }
    }

    @Override
    public Optional<Extraction> get(String key) {
        Path file = file(key);
        try {
            String json = Files.readString(file, StandardCharsets.UTF_8);
            Extraction e = schema.fromJson(json);
            hits.incrementAndGet();
            return Optional.of(e);
        } catch (NoSuchFileException e) {
            misses.incrementAndGet();
            return Optional.empty();
        } catch (IOException | InvalidExtractionException e) {
            log.warn("ignoring unreadable cache entry {}: {}", file, e.getMessage());
            misses.incrementAndGet();
            return Optional.empty();
        }
    }

    @Override
    public void put(String key, Extraction extraction) {
        Path file = file(key);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), key.substring(0, 8), ".tmp");
            try {
                Files.writeString(tmp, schema.toJson(extraction), StandardCharsets.UTF_8);
                move(tmp, file);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            // a cache that cannot be written costs a repeat call later, not the extraction itself
            log.warn("cannot write cache entry {}: {}", file, e.toString());
        }
    }

    private static void move(Path tmp, Path file) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path file(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a cache key (64 hex digits): " + key);
        }
        return dir.resolve(key.substring(0, 2)).resolve(key + ".json");
    }

    @Override
    public long hits() {
        return hits.get();
    }

    @Override
    public long misses() {
        return misses.get();
    }
}
