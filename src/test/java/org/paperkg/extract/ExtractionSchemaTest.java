package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionSchemaTest {

    private static final ExtractionSchema SCHEMA = ExtractionSchema.load();

    static Extraction seedLike() {
        String s1 = "本研究提出一种新型药物靶点预测模型(GAT-DTA)。";
        return new Extraction(
                new Summary("提出GAT-DTA", "图神经网络", "AUROC提升5.7%", "DrugInteract-v1"),
                List.of(new TaskMention("药物靶点预测", s1)),
                List.of(new MethodMention("GAT-DTA", null, MethodRole.PROPOSED, List.of("图神经网络"), List.of(), s1)),
                List.of(new DatasetMention("DrugInteract-v1", DatasetRole.INTRODUCED, "新数据集DrugInteract-v1")),
                List.of(new ResultMention("AUROC", "+5.7%", null, "GAT-DTA", "AUROC指标上平均提升了5.7%")));
    }

    @Test
    void schemaVersionIsTheId() {
        assertThat(SCHEMA.schemaVersion()).isEqualTo("paper-kg/extraction/v1");
    }

    @Test
    void wellFormedExtractionValidatesAndRoundTrips() {
        Extraction e = seedLike();
        String json = SCHEMA.toJson(e);
        assertThat(SCHEMA.validate(json)).isEmpty();
        assertThat(json).contains("\"role\":\"PROPOSED\"", "\"extends\":[\"图神经网络\"]", "\"acronym\":null",
                "\"role\":\"INTRODUCED\"", "\"dataset\":null");
        assertThat(json).doesNotContain("extendsMethods", "itemCount");
        assertThat(SCHEMA.fromJson(json)).isEqualTo(e);
    }

    @Test
    void emptyExtractionValidates() {
        assertThat(SCHEMA.validate(SCHEMA.toJson(Extraction.EMPTY))).isEmpty();
    }

    @Test
    void missingFieldsAreReportedWithTheirLocation() {
        String json = """
                {"summary": {"researchProblem": "", "method": "", "results": ""},
                 "tasks": [], "methods": [{"name": "GAT", "role": "USED", "extends": [], "improvesOn": [], "evidence": "x"}],
                 "datasets": []}""";
        List<String> violations = SCHEMA.validate(json);
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("results").contains("required"));
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("dataContribution"));
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("/methods/0").contains("acronym"));
    }

    @Test
    void wrongRoleIsReported() {
        String json = SCHEMA.toJson(seedLike()).replace("\"PROPOSED\"", "\"INVENTED\"");
        assertThat(SCHEMA.validate(json)).singleElement().asString().contains("/methods/0/role").contains("enum");
        assertThatThrownBy(() -> SCHEMA.fromJson(json))
                .isInstanceOf(InvalidExtractionException.class)
                .hasMessageContaining("/methods/0/role")
                .satisfies(t -> assertThat(((InvalidExtractionException) t).violations()).hasSize(1));
    }

    @Test
    void extraPropertiesAreReported() {
        String json = SCHEMA.toJson(seedLike()).replaceFirst("\"name\":\"GAT-DTA\"", "\"name\":\"GAT-DTA\",\"confidence\":0.9");
        assertThat(SCHEMA.validate(json)).singleElement().asString().contains("/methods/0").contains("confidence");
    }

    @Test
    void notJsonIsReportedNotThrown() {
        assertThat(SCHEMA.validate("{\"summary\": ")).singleElement().asString().startsWith("$: not JSON");
        assertThat(SCHEMA.validate("")).isNotEmpty();
    }

    @Test
    void blankNamesAndOverlongValuesAreReported() {
        Extraction e = new Extraction(Summary.EMPTY, List.of(), List.of(MethodMention.of("", MethodRole.USED, "x")),
                List.of(), List.of(new ResultMention("F1", "9".repeat(61), null, null, "F1 99")));
        List<String> violations = SCHEMA.validate(SCHEMA.toJson(e));
        assertThat(violations).hasSize(2);
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("/methods/0/name"));
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("/results/0/value"));
    }
}
