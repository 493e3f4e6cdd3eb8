package io.jmcp.servers.everything;

import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.content.BlobResourceContents;
import io.jmcp.schema.content.ResourceContents;
import io.jmcp.schema.content.TextResourceContents;
import io.jmcp.schema.resources.ReadResourceResult;
import io.jmcp.schema.resources.Resource;
import io.jmcp.schema.resources.ResourceTemplate;
import io.jmcp.server.McpServerBuilder;
import io.jmcp.server.ServerResourceTemplate;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A hundred static resources (odd ones text, even ones binary) listed over several pages, a
 * template reaching the same resources by id with completion, and a greeting template.
 */
final class EverythingResources {

  static final int COUNT = 100;
  static final String TEMPLATE = "test://static/resource/{id}";

  static String uri(int id) {
    return "test://static/resource/" + id;
  }

  static String mimeType(int id) {
    return id % 2 == 1 ? "text/plain" : "application/octet-stream";
  }

  ResourceContents contents(int id) {
    if (id < 1 || id > COUNT) {
      throw new JsonRpcException(ErrorCodes.INVALID_PARAMS,
          "There is no static resource " + id + " (ids run from 1 to " + COUNT + ")");
    }
    String text = "Resource " + id + ": " + (id % 2 == 1 ? "This is a plaintext resource"
        : "This is a base64 blob");
    return id % 2 == 1 ? TextResourceContents.of(uri(id), mimeType(id), text)
        : BlobResourceContents.of(uri(id), mimeType(id), text.getBytes(StandardCharsets.UTF_8));
  }

  void register(McpServerBuilder server) {
    for (int id = 1; id <= COUNT; id++) {
      int resourceId = id;
      server.resource(Resource.of(uri(id), "Resource " + id).withMimeType(mimeType(id))
              .withDescription(id % 2 == 1 ? "A plain text resource" : "A binary resource"),
          (uri, context) -> ReadResourceResult.of(contents(resourceId)));
    }
    server.resourceTemplate(new ServerResourceTemplate(
        ResourceTemplate.of(TEMPLATE, "Static resource")
            .withDescription("A static resource by its numeric id"),
        (uri, variables, context) -> ReadResourceResult.of(contents(parse(variables.get("id")))),
        (variable, value, chosen, context) -> IntStream.rangeClosed(1, COUNT)
            .mapToObj(Integer::toString).filter(id -> id.startsWith(value)).toList()));
    server.resourceTemplate(new ServerResourceTemplate(
        ResourceTemplate.of("test://greeting/{name}", "Greeting")
            .withDescription("A greeting for anyone").withMimeType("application/json"),
        (uri, variables, context) -> ReadResourceResult.of(TextResourceContents.of(uri,
            "application/json", McpJson.object().put("greeting",
                "Hello, " + variables.get("name") + "!").toString())),
        (variable, value, chosen, context) -> List.of("Ada", "Alan", "Grace", "Linus").stream()
            .filter(name -> name.toLowerCase().startsWith(value.toLowerCase())).toList()));
  }

  private static int parse(String id) {
    try {
      return Integer.parseInt(id);
    } catch (NumberFormatException e) {
      throw new JsonRpcException(ErrorCodes.INVALID_PARAMS, "Resource ids are numbers: " + id);
    }
  }
}
