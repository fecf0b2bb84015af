package io.nianbao.contract.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.nianbao.contract.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The YAML form reads back (with a real YAML parser) as the same tree. */
class YamlTest {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void theAsyncApiDocumentReadsBackAsTheSameTree() throws Exception {
        JsonNode doc = PipelineAsyncApi.document(PipelineAsyncApiTest.CHANGE);
        String yaml = Yaml.of(doc);
        assertThat(yaml).startsWith("\"asyncapi\": \"3.0.0\"\n").contains("\n  \"reportsRaw\":\n");
        assertThat(YAML.readTree(yaml)).isEqualTo(doc);
    }

    @Test
    void awkwardScalarsSurvive() throws Exception {
        JsonNode tree = new ObjectMapper().readTree("{\"a: b\":\"- x\\n#y \\\"q\\\" \\\\ 中文 \\u0001\",\"n\":[1,2.50,-3,true,null,{},[]],"
                + "\"yes\":\"no\",\"empty\":\"\",\"nested\":[[1,[2]],{\"k\":{\"l\":[]}}]}");
        assertThat(YAML.readTree(Yaml.of(tree))).isEqualTo(tree);
        assertThat(YAML.readTree(Yaml.of(Json.read("[]", JsonNode.class))).isEmpty()).isTrue();
    }
}
