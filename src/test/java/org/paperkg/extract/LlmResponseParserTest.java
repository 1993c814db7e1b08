package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class LlmResponseParserTest {

    private final LlmResponseParser parser = new LlmResponseParser(JsonMapper.builder().build());

    private LlmResponseParser.Parsed parse(String content) {
        return parser.parse(new LlmCompletion(content, null, "stop", 10, 10));
    }

    @Test
    void plainObject() {
        assertThat(parse("{\"a\":1}").json().path("a").asInt()).isEqualTo(1);
    }

    @Test
    void thinkingBlockWithBracesIsIgnored() {
        var p = parse("<think>\nDraft: {\"a\": 0} looks wrong.\n</think>\n\n{\"a\":2}");
        assertThat(p.json().path("a").asInt()).isEqualTo(2);
    }

    @Test
    void onlyTheClosingThinkTagLeakedWhenTheOpeningOneWasInThePrompt() {
        var p = parse("The user wants {\"a\": 0}, let me think.\n</think>\n{\"a\":3}");
        assertThat(p.json().path("a").asInt()).isEqualTo(3);
    }

    @Test
    void fencesAndProseAround() {
        var p = parse("Sure! Here it is {as requested}:\n```json\n{\"a\": [1, 2]}\n```\nAnything else?");
        assertThat(p.json().path("a").size()).isEqualTo(2);
        assertThat(parse("Result: {\"a\":4} -- done {x}").json().path("a").asInt()).isEqualTo(4);
    }

    @Test
    void unterminatedFenceStillYieldsTheObject() {
        assertThat(parse("```json\n{\"a\":5}\n").json().path("a").asInt()).isEqualTo(5);
    }

    @Test
    void answerInReasoningFieldWhenContentIsNull() {
        var p = parser.parse(new LlmCompletion(null, "{\"a\":6}", "stop", 1, 1));
        assertThat(p.json().path("a").asInt()).isEqualTo(6);
    }

    @Test
    void fullWidthPunctuationAfterChineseProse() {
        var p = parse("以下是抽取结果：\n｛“name”：“模型”，“n”：［1，2］｝");
        assertThat(p.json().path("name").asString()).isEqualTo("模型");
        assertThat(p.json().path("n").size()).isEqualTo(2);
    }

    @Test
    void saysWhyWhenThereIsNoObject() {
        assertThat(parse("I cannot help with that.").problem()).startsWith("no JSON object in the answer: I cannot help");
        assertThat(parse("   ").problem()).isEqualTo("the answer is empty");
        assertThat(parse("{\"a\": [1, 2").problem()).startsWith("no JSON object");
        assertThat(parse("[1, 2]").json()).isNull();
    }
}
