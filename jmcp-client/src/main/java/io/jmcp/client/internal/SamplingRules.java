package io.jmcp.client.internal;

import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.schema.Role;
import io.jmcp.schema.content.SamplingContent;
import io.jmcp.schema.content.ToolResultContent;
import io.jmcp.schema.content.ToolUseContent;
import io.jmcp.schema.sampling.SamplingMessage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The 2025-11-25 rules for tool use in sampling conversations, which clients SHOULD enforce with
 * -32602: a message holding tool results holds nothing else, and every assistant message with tool
 * uses is followed by a user message answering each of them.
 */
final class SamplingRules {

  private SamplingRules() {
  }

  static void check(List<SamplingMessage> messages) {
    for (int i = 0; i < messages.size(); i++) {
      SamplingMessage message = messages.get(i);
      List<SamplingContent> content = message.content();
      boolean hasResults = content.stream().anyMatch(ToolResultContent.class::isInstance);
      if (hasResults && !content.stream().allMatch(ToolResultContent.class::isInstance)) {
        throw invalid("message " + i + " mixes tool results with other content");
      }
      if (hasResults && message.role() != Role.USER) {
        throw invalid("message " + i + " carries tool results but is not a user message");
      }
      Set<String> uses = new HashSet<>();
      for (SamplingContent block : content) {
        if (block instanceof ToolUseContent use) {
          uses.add(use.id());
        }
      }
      if (uses.isEmpty() || i == messages.size() - 1) {
        continue;
      }
      SamplingMessage next = messages.get(i + 1);
      Set<String> answered = new HashSet<>();
      for (SamplingContent block : next.content()) {
        if (block instanceof ToolResultContent result) {
          answered.add(result.toolUseId());
        } else {
          throw invalid("message " + (i + 1) + " must answer the tool uses of message " + i
              + " with tool results only");
        }
      }
      if (!answered.containsAll(uses)) {
        uses.removeAll(answered);
        throw invalid("tool uses " + uses + " of message " + i + " have no result");
      }
    }
  }

  private static JsonRpcException invalid(String why) {
    return JsonRpcException.invalidParams("Invalid sampling conversation: " + why);
  }
}
