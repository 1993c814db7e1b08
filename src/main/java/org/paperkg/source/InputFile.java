package org.paperkg.source;

import java.nio.file.Path;

/**
 * An input file as the pipeline hands it to a reader: its path, its bytes and their hash.
 * The bytes are read once, so the hash and the parse see the same content.
 *
 * @param path        where the file is
 * @param bytes       its content
 * @param contentHash SHA-256 of {@code bytes}
 */
public record InputFile(Path path, byte[] bytes, String contentHash) {

    public static InputFile of(Path path, byte[] bytes) {
        return new InputFile(path, bytes, PaperIds.sha256(bytes));
    }

    /** The locator recorded in the ledger for this file. */
    public String locator() {
        return path.toString();
    }

    public String fileName() {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
