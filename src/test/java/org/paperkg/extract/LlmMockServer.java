package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A mock OpenAI-compatible server on a random loopback port for each test, and the clients made
 * against it, all closed after the test. Register with {@code @RegisterExtension}.
 */
final class LlmMockServer implements BeforeEachCallback, AfterEachCallback {

    final MockWebServer server = new MockWebServer();
    private final List<OpenAiChatClient> clients = new ArrayList<>();

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        server.start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        clients.forEach(OpenAiChatClient::close);
        server.close();
    }

    /** Settings pointing at this server, as {@link LlmTestSupport#props} makes them. */
    LlmProperties props(String... settings) {
        return LlmTestSupport.props(LlmTestSupport.baseUrl(server), settings);
    }

    /** A client that is closed after the test. */
    OpenAiChatClient client(LlmProperties props) {
        OpenAiChatClient client = new OpenAiChatClient(props);
        clients.add(client);
        return client;
    }
}
