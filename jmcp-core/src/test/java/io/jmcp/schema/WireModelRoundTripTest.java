package io.jmcp.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.schema.completion.CompleteRequest;
import io.jmcp.schema.completion.PromptReference;
import io.jmcp.schema.completion.ResourceTemplateReference;
import io.jmcp.schema.content.AudioContent;
import io.jmcp.schema.content.BlobResourceContents;
import io.jmcp.schema.content.EmbeddedResource;
import io.jmcp.schema.content.ImageContent;
import io.jmcp.schema.content.ResourceLink;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.content.TextResourceContents;
import io.jmcp.schema.content.ToolUseContent;
import io.jmcp.schema.elicitation.BooleanSchema;
import io.jmcp.schema.elicitation.ElicitFormRequest;
import io.jmcp.schema.elicitation.ElicitRequest;
import io.jmcp.schema.elicitation.ElicitUrlRequest;
import io.jmcp.schema.elicitation.LegacyTitledEnumSchema;
import io.jmcp.schema.elicitation.NumberSchema;
import io.jmcp.schema.elicitation.StringSchema;
import io.jmcp.schema.elicitation.TitledMultiSelectEnumSchema;
import io.jmcp.schema.elicitation.TitledSingleSelectEnumSchema;
import io.jmcp.schema.elicitation.UntitledMultiSelectEnumSchema;
import io.jmcp.schema.elicitation.UntitledSingleSelectEnumSchema;
import io.jmcp.schema.lifecycle.InitializeResult;
import io.jmcp.schema.logging.LoggingLevel;
import io.jmcp.schema.logging.SetLevelRequest;
import io.jmcp.schema.resources.ReadResourceResult;
import io.jmcp.schema.sampling.CreateMessageResult;
import io.jmcp.schema.tasks.GetTaskResult;
import io.jmcp.schema.tasks.TaskStatus;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class WireModelRoundTripTest {

  private static JsonNode json(String text) {
    return McpJson.mapper().readTree(text);
  }

  private static <T> T roundTrip(String text, Class<T> type) {
    JsonNode original = json(text);
    T value = McpJson.fromTree(original, type);
    assertThat(McpJson.toTree(value)).as("round trip of %s", type.getSimpleName())
        .isEqualTo(original);
    return value;
  }

  @Test
  void contentBlocksAreToldApartByType() {
    CallToolResult result = roundTrip("""
        {"content":[
          {"type":"text","text":"hi","annotations":{"audience":["user"],"priority":0.5}},
          {"type":"image","data":"AAEC","mimeType":"image/png"},
          {"type":"audio","data":"AAEC","mimeType":"audio/wav"},
          {"type":"resource","resource":{"uri":"test://a","mimeType":"text/plain","text":"t"}},
          {"type":"resource","resource":{"uri":"test://b","blob":"AAEC"}},
          {"type":"resource_link","uri":"test://c","name":"c","mimeType":"text/plain"}
        ],"isError":false}""", CallToolResult.class);

    assertThat(result.content()).hasSize(6);
    assertThat(result.content().get(0)).isInstanceOf(TextContent.class);
    assertThat(result.content().get(1)).isInstanceOf(ImageContent.class);
    assertThat(((ImageContent) result.content().get(1)).bytes()).containsExactly(0, 1, 2);
    assertThat(result.content().get(2)).isInstanceOf(AudioContent.class);
    assertThat(((EmbeddedResource) result.content().get(3)).resource())
        .isInstanceOf(TextResourceContents.class);
    assertThat(((EmbeddedResource) result.content().get(4)).resource())
        .isInstanceOf(BlobResourceContents.class);
    assertThat(result.content().get(5)).isInstanceOf(ResourceLink.class);
  }

  @Test
  void unknownMembersAndMetaSurviveARoundTrip() {
    InitializeResult result = roundTrip("""
        {"protocolVersion":"2025-06-18",
         "capabilities":{"tools":{"listChanged":true,"futureFlag":1},"logging":{},
            "experimental":{"x":{"a":[1,2.50]}},"io.example/ext":{"on":true}},
         "serverInfo":{"name":"s","version":"1","vendorThing":"v"},
         "_meta":{"io.example/trace":{"id":"abc"},"progressToken":7},
         "resultType":"complete","ttlMs":1000}""", InitializeResult.class);

    assertThat(result.extra()).containsKeys("resultType", "ttlMs");
    assertThat(result.capabilities().extra()).containsKey("io.example/ext");
    assertThat(result.capabilities().tools().extra()).containsKey("futureFlag");
    assertThat(result.meta().progressToken()).contains(ProgressToken.of(7));
    assertThat(result.serverInfo().extra()).containsKey("vendorThing");
  }

  @Test
  void samplingContentIsASingleBlockOrAnArray() {
    CreateMessageResult single = roundTrip("""
        {"role":"assistant","content":{"type":"text","text":"hello"},"model":"m"}""",
        CreateMessageResult.class);
    assertThat(single.content()).containsExactly(TextContent.of("hello"));

    CreateMessageResult several = roundTrip("""
        {"role":"assistant","content":[{"type":"text","text":"calling"},
          {"type":"tool_use","id":"u1","name":"weather","input":{"city":"Paris"}}],
         "model":"m","stopReason":"toolUse"}""", CreateMessageResult.class);
    assertThat(several.content()).hasSize(2);
    assertThat(several.content().get(1)).isInstanceOf(ToolUseContent.class);
  }

  @Test
  void elicitationModesAndFieldShapes() {
    ElicitRequest form = roundTrip("""
        {"mode":"form","message":"Who are you?","requestedSchema":{"type":"object","properties":{
          "name":{"type":"string","title":"Name","default":"John Doe"},
          "age":{"type":"integer","minimum":0,"default":30},
          "score":{"type":"number","default":95.5},
          "verified":{"type":"boolean","default":true},
          "status":{"type":"string","enum":["active","inactive"],"default":"active"},
          "titled":{"type":"string","oneOf":[{"const":"a","title":"A"}]},
          "legacy":{"type":"string","enum":["x","y"],"enumNames":["X","Y"]},
          "multi":{"type":"array","items":{"type":"string","enum":["p","q"]},"default":["p"]},
          "titledMulti":{"type":"array","items":{"anyOf":[{"const":"p","title":"P"}]}}
        },"required":["name"]}}""", ElicitRequest.class);

    var fields = ((ElicitFormRequest) form).requestedSchema().properties();
    assertThat(fields.get("name")).isInstanceOf(StringSchema.class);
    assertThat(fields.get("age")).isEqualTo(new NumberSchema("integer", null, null, 0, null, 30));
    assertThat(fields.get("score")).isInstanceOf(NumberSchema.class);
    assertThat(fields.get("verified")).isInstanceOf(BooleanSchema.class);
    assertThat(fields.get("status")).isInstanceOf(UntitledSingleSelectEnumSchema.class);
    assertThat(fields.get("titled")).isInstanceOf(TitledSingleSelectEnumSchema.class);
    assertThat(fields.get("legacy")).isInstanceOf(LegacyTitledEnumSchema.class);
    assertThat(fields.get("multi")).isInstanceOf(UntitledMultiSelectEnumSchema.class);
    assertThat(fields.get("titledMulti")).isInstanceOf(TitledMultiSelectEnumSchema.class);

    ElicitRequest noMode = McpJson.fromTree(json("""
        {"message":"m","requestedSchema":{"type":"object","properties":{}}}"""),
        ElicitRequest.class);
    assertThat(noMode).isInstanceOf(ElicitFormRequest.class);

    ElicitRequest url = roundTrip("""
        {"mode":"url","message":"Sign in","url":"https://example.com/x","elicitationId":"e1"}""",
        ElicitRequest.class);
    assertThat(url).isInstanceOf(ElicitUrlRequest.class);
  }

  @Test
  void referencesEnumsAndTasks() {
    CompleteRequest prompt = roundTrip("""
        {"ref":{"type":"ref/prompt","name":"p"},"argument":{"name":"a","value":"v"}}""",
        CompleteRequest.class);
    assertThat(prompt.ref()).isInstanceOf(PromptReference.class);
    CompleteRequest template = roundTrip("""
        {"ref":{"type":"ref/resource","uri":"test://{x}"},"argument":{"name":"x","value":""},
         "context":{"arguments":{"y":"1"}}}""", CompleteRequest.class);
    assertThat(template.ref()).isInstanceOf(ResourceTemplateReference.class);

    SetLevelRequest level = roundTrip("{\"level\":\"warning\"}", SetLevelRequest.class);
    assertThat(level.level()).isEqualTo(LoggingLevel.WARNING);
    assertThat(LoggingLevel.ERROR.isAtLeast(LoggingLevel.WARNING)).isTrue();

    GetTaskResult task = roundTrip("""
        {"taskId":"t1","status":"working","createdAt":"2025-11-25T10:00:00Z",
         "lastUpdatedAt":"2025-11-25T10:00:01Z","ttl":null}""", GetTaskResult.class);
    assertThat(task.status()).isEqualTo(TaskStatus.WORKING);
  }

  @Test
  void nullsAreLeftOutAndSchemasPassThroughUnaltered() {
    String schema = """
        {"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object",
         "$defs":{"a":{"$anchor":"a","type":"object"}},"properties":{"x":{"$ref":"#/$defs/a"},
         "n":{"type":"number","minimum":1.50}},"additionalProperties":false}""";
    Tool tool = Tool.builder("t").inputSchema((tools.jackson.databind.node.ObjectNode) json(schema))
        .build();
    JsonNode written = McpJson.toTree(tool);
    assertThat(written.get("inputSchema")).isEqualTo(json(schema));
    assertThat(written.has("title")).isFalse();
    assertThat(written.has("_meta")).isFalse();
    assertThat(written.toString()).doesNotContain("null");

    ReadResourceResult read = ReadResourceResult.of(
        BlobResourceContents.of("x://y", "application/octet-stream",
            "bytes".getBytes(StandardCharsets.UTF_8)));
    assertThat(McpJson.toTree(read).toString()).doesNotContain("extra").doesNotContain("null");
  }

  @Test
  void missingRequiredMembersAreRefusedWithAPath() {
    assertThatThrownBy(() -> McpJson.fromTree(json("{\"content\":[{\"type\":\"text\"}]}"),
        CallToolResult.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("text")
        .hasMessageNotContaining("io.jmcp");
    assertThatThrownBy(() -> McpJson.fromTree(json("{\"level\":\"loud\"}"), SetLevelRequest.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("level");
  }
}
