package io.jmcp.client.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.Role;
import io.jmcp.schema.content.SamplingContent;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.content.ToolResultContent;
import io.jmcp.schema.content.ToolUseContent;
import io.jmcp.schema.sampling.SamplingMessage;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class SamplingRulesTest {

  private static SamplingMessage message(Role role, SamplingContent... content) {
    return new SamplingMessage(role, List.of(content), null);
  }

  private static ToolUseContent use(String id) {
    return new ToolUseContent(id, "t", McpJson.object(), null);
  }

  private static ToolResultContent result(String id) {
    return new ToolResultContent(id, List.of(TextContent.of("r")), null, null, null);
  }

  @Test
  void aWellFormedToolConversationPasses() {
    assertThatCode(() -> SamplingRules.check(List.of(
        message(Role.USER, TextContent.of("q")),
        message(Role.ASSISTANT, TextContent.of("let me check"), use("a"), use("b")),
        message(Role.USER, result("a"), result("b"))))).doesNotThrowAnyException();
  }

  @Test
  void violationsAreInvalidParams() {
    List<List<SamplingMessage>> bad = List.of(
        List.of(message(Role.USER, result("a"), TextContent.of("mixed"))),
        List.of(message(Role.ASSISTANT, result("a"))),
        List.of(message(Role.ASSISTANT, use("a")), message(Role.USER, TextContent.of("no"))),
        List.of(message(Role.ASSISTANT, use("a"), use("b")), message(Role.USER, result("a"))));
    for (List<SamplingMessage> conversation : bad) {
      assertThatThrownBy(() -> SamplingRules.check(conversation))
          .isInstanceOfSatisfying(JsonRpcException.class,
              e -> Assertions.assertThat(e.code()).isEqualTo(ErrorCodes.INVALID_PARAMS));
    }
  }
}
