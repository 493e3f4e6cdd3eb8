package io.jmcp.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.jsonrpc.JsonRpcCodec;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.test.WireRecorder.Direction;
import io.jmcp.test.WireRecorder.Recorded;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schema check must reject what the official schema rejects, or it proves nothing. */
class ProtocolSchemaTest {

  private static Recorded sent(String json) {
    return new Recorded(Direction.SENT, JsonRpcCodec.standard().decode(json));
  }

  private static Recorded received(String json) {
    return new Recorded(Direction.RECEIVED, JsonRpcCodec.standard().decode(json));
  }

  @Test
  void conformingTrafficPasses() {
    List<Recorded> conversation = List.of(
        sent("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\","
            + "\"params\":{\"name\":\"x\",\"arguments\":{}}}"),
        received("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"content\":"
            + "[{\"type\":\"text\",\"text\":\"ok\"}]}}"));
    for (ProtocolVersion version : ProtocolVersion.legacy()) {
      assertThat(ProtocolSchema.of(version).validate(conversation, null)).as(version.id())
          .isEmpty();
    }
  }

  @Test
  void contentFromALaterRevisionIsRejected() {
    List<Recorded> conversation = List.of(
        sent("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"x\"}}"),
        received("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"content\":"
            + "[{\"type\":\"audio\",\"data\":\"AA==\",\"mimeType\":\"audio/wav\"}]}}"));
    assertThat(ProtocolSchema.of(ProtocolVersion.V2024_11_05).validate(conversation, null))
        .isNotEmpty();
    assertThat(ProtocolSchema.of(ProtocolVersion.V2025_03_26).validate(conversation, null))
        .isEmpty();
  }

  @Test
  void missingRequiredMembersAndUnknownMethodsAreRejected() {
    ProtocolSchema schema = ProtocolSchema.of(ProtocolVersion.V2025_11_25);
    assertThat(schema.validate(List.of(
        sent("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{}}")), null))
        .anySatisfy(problem -> assertThat(problem).contains("name"));
    assertThat(schema.validate(List.of(
        sent("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/dance\"}")), null))
        .isNotEmpty();
    assertThat(schema.validate(List.of(
        sent("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/progress\",\"params\":{}}")), null))
        .isNotEmpty();
    assertThat(schema.validate("Tool", McpJson.mapper().readTree("{\"name\":\"t\"}")))
        .isNotEmpty();
  }

  @Test
  void resultsAreCheckedAgainstTheRequestTheyAnswer() {
    List<Recorded> conversation = List.of(
        sent("{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"method\":\"prompts/get\","
            + "\"params\":{\"name\":\"p\"}}"),
        received("{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"result\":{\"tools\":[]}}"));
    assertThat(ProtocolSchema.of(ProtocolVersion.V2025_06_18).validate(conversation, null))
        .anySatisfy(problem -> assertThat(problem).contains("messages"));
  }

  @Test
  void fractionalElicitationAnswersPassAsSchemaTsSays() {
    List<Recorded> conversation = List.of(
        received("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"elicitation/create\",\"params\":"
            + "{\"message\":\"m\",\"requestedSchema\":{\"type\":\"object\",\"properties\":"
            + "{\"score\":{\"type\":\"number\"}}}}}"),
        sent("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"action\":\"accept\","
            + "\"content\":{\"score\":3.5}}}"));
    assertThat(ProtocolSchema.of(ProtocolVersion.V2025_11_25).validate(conversation, null))
        .isEmpty();
    List<Recorded> wrong = List.of(conversation.get(0), sent("{\"jsonrpc\":\"2.0\",\"id\":1,"
        + "\"result\":{\"action\":\"accept\",\"content\":{\"score\":{\"not\":\"a value\"}}}}"));
    assertThat(ProtocolSchema.of(ProtocolVersion.V2025_11_25).validate(wrong, null)).isNotEmpty();
  }
}
