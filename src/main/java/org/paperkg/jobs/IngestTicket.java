package org.paperkg.jobs;

/**
 * An accepted ingest request.
 *
 * @param id     the ingest id, to ask for its status
 * @param path   where the input is, relative to the inbox root
 * @param format what an upload was read as ({@code pdf}, {@code tei}, …), {@code null} for a folder
 */
public record IngestTicket(String id, String path, String format) {
}
