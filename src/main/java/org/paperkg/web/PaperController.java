package org.paperkg.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.paperkg.graph.GraphReader;
import org.paperkg.jobs.IngestRequests;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Papers: upload one file to ingest, read one paper with its facts and their provenance. */
@RestController
@RequestMapping("/api/papers")
@ConditionalOnWebApplication
@Tag(name = "papers")
class PaperController {

    private final IngestRequests requests;
    private final GraphReader graph;

    PaperController(IngestRequests requests, GraphReader graph) {
        this.requests = requests;
        this.graph = graph;
    }

    @Operation(summary = "Upload a PDF, TEI, JSON Lines, PubMed XML or arXiv Atom file to ingest",
            description = "The format is judged by the content, not the name. Answers 202 with an ingest id; "
                    + "GET /api/ingest/{id} tells how it went.")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<IngestAccepted> upload(@RequestPart("file") MultipartFile file) throws IOException {
        IngestAccepted accepted = IngestAccepted.of(requests.upload(file.getOriginalFilename(), file.getBytes()));
        return ResponseEntity.accepted().location(URI.create(accepted.statusUrl())).body(accepted);
    }

    @Operation(summary = "One paper with its authors, extracted facts (with evidence, extractor, model, "
            + "prompt version), method relations, results and citations",
            description = "The id is the paper's graph key, e.g. doi:10.1000/xyz, arxiv:1609.02907 or sha256:…; "
                    + "slashes of a DOI may stay as they are.")
    @GetMapping("/{*id}")
    Map<String, Object> paper(@PathVariable String id) {
        String key = id.startsWith("/") ? id.substring(1) : id;
        if (key.isBlank()) {
            throw new IllegalArgumentException("no paper id given: GET /api/papers/{id}");
        }
        List<Map<String, Object>> rows = graph.query("read/paper", Map.of("id", key));
        if (rows.isEmpty()) {
            throw new NoSuchElementException("no paper with id '" + key + "'");
        }
        return rows.get(0);
    }
}
