package org.paperkg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paperkg.jobs.TestFiles;
import tools.jackson.databind.JsonNode;

/** Folder ingest through the API: only folders inside the inbox root; everything else is refused with its reason. */
class IngestApiTest extends ServiceTestBase {

    @Test
    void aFolderOfTheInboxIsIngestedAndItsStatusFollowsItsFiles() throws IOException {
        // the folder is prepared outside the inbox and moved in whole, as a finished copy would arrive
        Path staging = DIR.resolve("staging/batch-api");
        TestFiles.drop(Path.of("samples/papers/tei/specter.tei.xml"), staging, "specter.tei.xml");
        TestFiles.write("not a paper".getBytes(), staging, "junk.pdf");
        Files.move(staging, inbox().resolve("batch-api"), StandardCopyOption.ATOMIC_MOVE);

        Api.Response accepted = writer().postJson("/api/ingest", Map.of("folder", "batch-api"));

        assertThat(accepted.status()).as(accepted.text()).isEqualTo(202);
        assertThat(accepted.json().at("/path").asString()).isEqualTo("batch-api");
        String statusUrl = accepted.json().at("/statusUrl").asString();
        JsonNode status = await().atMost(WAIT).until(() -> api().get(statusUrl).json(),
                s -> s.at("/state").asString().equals("done"));
        assertThat(status.at("/ingested").asInt()).isEqualTo(1);
        assertThat(status.at("/failed").asInt()).isEqualTo(1);
        JsonNode junk = status.at("/files").valueStream().filter(f -> f.at("/path").asString().endsWith("junk.pdf"))
                .findFirst().orElseThrow();
        assertThat(junk.at("/state").asString()).isEqualTo("failed");
        assertThat(junk.at("/reason").asString()).contains("not a PDF");
        assertThat(inbox().resolve("processed/batch-api/specter.tei.xml")).isRegularFile();
        assertThat(inbox().resolve("failed/batch-api/junk.pdf.reason.txt")).isRegularFile();
    }

    @Test
    void pathsOutsideTheInboxAreRefused() throws IOException {
        Path outside = Files.createDirectories(DIR.resolve("outside"));
        Path link = inbox().resolve("sneaky");
        if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.createSymbolicLink(link, outside);
        }
        for (String folder : new String[] {"../outside", "batch/../../outside", outside.toString(), "sneaky",
            "processed"}) {
            Api.Response r = writer().postJson("/api/ingest", Map.of("folder", folder));
            assertThat(r.status()).as(folder).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().at("/type").asString()).isEqualTo("urn:paperkg:problem:path-outside-inbox");
            assertThat(r.json().at("/detail").asString()).contains(folder);
        }
        assertThat(writer().postJson("/api/ingest", Map.of("folder", "no-such-folder")).status()).isEqualTo(404);
    }

    @Test
    void unknownIngestIdsAreNotFound() {
        Api.Response r = api().get("/api/ingest/bm8tc3VjaA");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().at("/detail").asString()).contains("bm8tc3VjaA");
        assertThat(api().get("/api/ingest/" + java.util.Base64.getUrlEncoder().encodeToString("../x".getBytes()))
                .status()).isEqualTo(400);
    }
}
