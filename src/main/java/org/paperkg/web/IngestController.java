package org.paperkg.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.NoSuchElementException;
import org.paperkg.jobs.IngestRequests;
import org.paperkg.jobs.IngestStatus;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Ingest a folder of the inbox now, and the status of any ingest request. */
@RestController
@RequestMapping("/api/ingest")
@ConditionalOnWebApplication
@Tag(name = "ingest")
class IngestController {

    /** @param folder a folder inside the inbox root, relative to it */
    record FolderRequest(String folder) {
    }

    private final IngestRequests requests;

    IngestController(IngestRequests requests) {
        this.requests = requests;
    }

    @Operation(summary = "Ingest a folder inside the inbox root now",
            description = "Paths outside the root (absolute, with '..', or through a symbolic link) are refused. "
                    + "Its files are ingested and moved to processed/ or failed/ like any inbox file.")
    @PostMapping
    ResponseEntity<IngestAccepted> folder(@RequestBody FolderRequest request) {
        IngestAccepted accepted = IngestAccepted.of(requests.folder(request == null ? null : request.folder()));
        return ResponseEntity.accepted().location(URI.create(accepted.statusUrl())).body(accepted);
    }

    @Operation(summary = "How an ingest request went: files queued, ingested (with their papers) and failed (with reasons)")
    @GetMapping("/{id}")
    IngestStatus status(@PathVariable String id) {
        IngestStatus status = requests.status(id);
        if (status == null) {
            throw new NoSuchElementException("no ingest with id '" + id + "' (nothing of it is in the inbox)");
        }
        return status;
    }
}
