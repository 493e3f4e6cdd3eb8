package io.jmcp.core.jsonschema;

import static io.jmcp.core.jsonschema.SchemaAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A {@code $ref} never leaves the schema (spec 2026-07-28, basic "JSON Schema Usage"): a schema
 * server on loopback offers a permissive schema, and must never be asked for it.
 */
class RemoteReferenceTest {

  private HttpServer server;
  private final AtomicInteger hits = new AtomicInteger();
  private String base;

  @BeforeEach
  void startSchemaServer() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      hits.incrementAndGet();
      byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/schema+json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stopSchemaServer() {
    server.stop(0);
  }

  @Test
  void aNetworkReferenceIsRefusedWithoutBeingFetched() {
    String schema = """
        {"type":"object","properties":{"x":{"$ref":"%s/x.json"}}}""".formatted(base);
    assertThatThrownBy(() -> JsonSchemaValidator.compile(json(schema)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("$ref \"" + base + "/x.json\"")
        .hasMessageContaining("/properties/x/$ref")
        .hasMessageContaining("never loaded from the network");
    assertThat(hits).hasValue(0);
  }

  @Test
  void relativeReferencesAgainstANetworkIdAreRefusedToo() {
    String schema = """
        {"$id":"%s/root.json","$ref":"other.json"}""".formatted(base);
    assertThatThrownBy(() -> JsonSchemaValidator.compile(json(schema)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("points outside the schema");
    String dynamic = """
        {"$dynamicRef":"%s/meta.json#items"}""".formatted(base);
    assertThatThrownBy(() -> JsonSchemaValidator.compile(json(dynamic)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("$dynamicRef");
    assertThat(hits).hasValue(0);
  }

  @Test
  void aDialectServedFromTheNetworkIsNotFetched() {
    String schema = """
        {"$schema":"%s/dialect.json","type":"object"}""".formatted(base);
    assertThatThrownBy(() -> JsonSchemaValidator.compile(json(schema)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unsupported JSON Schema dialect");
    assertThat(hits).hasValue(0);
  }

  @Test
  void fileAndClassPathReferencesAreRefused() {
    for (String target : new String[] {"file:///etc/passwd", "classpath:draft/2020-12/schema",
        "https://json-schema.org/draft/2020-12/schema"}) {
      String schema = "{\"$ref\":\"" + target + "\"}";
      assertThatThrownBy(() -> JsonSchemaValidator.compile(json(schema)))
          .as(target)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("points outside the schema");
    }
  }

  @Test
  void referencesToResourcesEmbeddedWithIdAreLocal() {
    String schema = """
        {"$id":"%1$s/root.json","type":"object",
         "properties":{"code":{"$ref":"code.json"},"self":{"$ref":"%1$s/root.json#/$defs/n"}},
         "$defs":{"code":{"$id":"code.json","type":"string","maxLength":3},
           "n":{"type":"number"}}}"""
        .formatted(base);
    JsonSchemaValidator validator = JsonSchemaValidator.compile(json(schema));
    assertThat(validator.validate(json("{\"code\":\"abc\",\"self\":1}"))).isEmpty();
    assertThat(validator.validate(json("{\"code\":\"abcd\",\"self\":\"x\"}")))
        .containsExactlyInAnyOrder("$.code: must be at most 3 characters long",
            "$.self: string found, number expected");
    assertThat(hits).hasValue(0);
  }

  @Test
  void aReferenceHiddenInDataIsNotMistakenForOne() {
    // "$ref" inside const/default/examples is data, not a reference.
    String schema = """
        {"type":"object","default":{"$ref":"%1$s/x.json"},
         "properties":{"a":{"const":{"$ref":"%1$s/y.json"}}}}""".formatted(base);
    JsonSchemaValidator validator = JsonSchemaValidator.compile(json(schema));
    assertThat(validator.isValid(json("{\"a\":{\"$ref\":\"%s/y.json\"}}".formatted(base))))
        .isTrue();
    assertThat(hits).hasValue(0);
  }
}
