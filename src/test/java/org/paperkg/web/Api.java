package org.paperkg.web;

import java.util.List;
import java.util.Map;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the tests: real requests to the running service, answers of any status. */
final class Api {

    /** An answer: status, headers and the body as JSON (a missing or non-JSON body is a text node). */
    record Response(int status, HttpHeaders headers, String text, JsonNode json) {
        String contentType() {
            return headers.getFirst(HttpHeaders.CONTENT_TYPE);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient client;

    Api(int port, String key) {
        RestClient.Builder b = RestClient.builder().baseUrl("http://127.0.0.1:" + port);
        if (key != null) {
            b.defaultHeader("X-API-Key", key);
        }
        this.client = b.build();
    }

    Response get(String path, String... headers) {
        return send(client.get().uri(path).headers(h -> add(h, headers)));
    }

    Response postJson(String path, Object body, String... headers) {
        return send(client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(JSON.writeValueAsString(body))
                .headers(h -> add(h, headers)));
    }

    Response upload(String fileName, byte[] bytes, String... headers) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return send(client.post().uri("/api/papers").contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
                .headers(h -> add(h, headers)));
    }

    private static void add(HttpHeaders h, String... headers) {
        for (int i = 0; i < headers.length; i += 2) {
            h.set(headers[i], headers[i + 1]);
        }
    }

    private static Response send(RestClient.RequestHeadersSpec<?> spec) {
        return spec.exchange((request, response) -> {
            String text = new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            JsonNode json;
            try {
                json = text.isBlank() ? JSON.getNodeFactory().nullNode() : JSON.readTree(text);
            } catch (RuntimeException e) {
                json = JSON.getNodeFactory().textNode(text);
            }
            return new Response(response.getStatusCode().value(), response.getHeaders(), text, json);
        });
    }

    static List<String> texts(JsonNode array, String field) {
        return array.valueStream().map(n -> n.path(field).asString()).toList();
    }

    static Map<String, Object> map(JsonNode node) {
        return JSON.convertValue(node, Map.class);
    }
}
