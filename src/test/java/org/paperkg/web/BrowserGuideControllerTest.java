package org.paperkg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.paperkg.graph.CypherCatalog;
import org.paperkg.graph.QueryCatalogue;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The guide and the style are served where Browser is told to fetch them, to any origin. */
class BrowserGuideControllerTest {

    private final CypherCatalog cypher = new CypherCatalog();
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(
            new BrowserGuideController(new QueryCatalogue(cypher), cypher)).build();

    @Test
    void servesTheStyleAsText() throws Exception {
        String body = mvc.perform(get("/browser-style/paper-kg.grass").header("Origin", "http://127.0.0.1:8080"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/plain"))
                .andExpect(header().string("Access-Control-Allow-Origin", "*"))
                .andReturn().getResponse().getContentAsString();

        assertThat(Grass.parse(body)).containsKey("node.Method");
    }

    @Test
    void servesTheGuideLinkingTheStyleAtTheAddressItWasAskedOn() throws Exception {
        String body = mvc.perform(get("/browser-guide/lineage.html").header("Host", "localhost:9123"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andReturn().getResponse().getContentAsString();

        assertThat(body).contains(":style http://localhost:9123/browser-style/paper-kg.grass", "<h3>method-ancestry</h3>");
    }
}
