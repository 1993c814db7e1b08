package org.paperkg.web;

import org.paperkg.jobs.IngestTicket;

/**
 * The answer to an accepted ingest request.
 *
 * @param id        the ingest id
 * @param path      where the input is, relative to the inbox root
 * @param format    what an upload was read as, {@code null} for a folder
 * @param status    {@code queued}
 * @param statusUrl where to ask how it went
 */
record IngestAccepted(String id, String path, String format, String status, String statusUrl) {

    static IngestAccepted of(IngestTicket t) {
        return new IngestAccepted(t.id(), t.path(), t.format(), "queued", "/api/ingest/" + t.id());
    }
}
