package io.jmcp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.schema.McpJson;
import io.jmcp.schema.Meta;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TraceContextTest {

  private static final String PARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

  private static Meta meta(Map<String, String> entries) {
    Meta meta = Meta.empty();
    for (Map.Entry<String, String> entry : entries.entrySet()) {
      meta = meta.with(entry.getKey(), entry.getValue());
    }
    return meta;
  }

  @Test
  void aValidContextIsReadWithItsParts() {
    TraceContext trace = TraceContext.from(meta(Map.of(Meta.TRACEPARENT, PARENT,
        Meta.TRACESTATE, "congo=t61rcWkgMzE,rojo=00f067aa0ba902b7",
        Meta.BAGGAGE, "userId=alice,serverNode=DF%2028;weight=0.5"))).orElseThrow();
    assertThat(trace.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    assertThat(trace.parentId()).isEqualTo("00f067aa0ba902b7");
    assertThat(trace.sampled()).isTrue();
    assertThat(trace.tracestate()).isEqualTo("congo=t61rcWkgMzE,rojo=00f067aa0ba902b7");
    assertThat(trace.baggage()).isEqualTo("userId=alice,serverNode=DF%2028;weight=0.5");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",   // forbidden version
      "00-00000000000000000000000000000000-00f067aa0ba902b7-01",   // all-zero trace id
      "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",   // all-zero parent id
      "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",   // uppercase
      "00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01",    // short trace id
      "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-x", // version 00 has no more
      "not a trace"})
  void anInvalidTraceparentIsIgnored(String traceparent) {
    assertThat(TraceContext.from(meta(Map.of(Meta.TRACEPARENT, traceparent)))).isEmpty();
    assertThatThrownBy(() -> TraceContext.of(traceparent))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLaterVersionMayCarryMoreFields() {
    assertThat(TraceContext.from(meta(Map.of(Meta.TRACEPARENT,
        "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00-future")))).isPresent();
  }

  @Test
  void anInvalidTracestateOrBaggageIsDroppedAlone() {
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 33; i++) {
      many.append(i == 0 ? "" : ",").append("k").append(i).append("=v");
    }
    for (String state : new String[] {"UPPER=1", "k=", many.toString(), "k=a=b,=v"}) {
      TraceContext trace = TraceContext.from(meta(Map.of(Meta.TRACEPARENT, PARENT,
          Meta.TRACESTATE, state, Meta.BAGGAGE, "a=1"))).orElseThrow();
      assertThat(trace.tracestate()).as(state).isNull();
      assertThat(trace.baggage()).isEqualTo("a=1");
    }
    TraceContext badBaggage = TraceContext.from(meta(Map.of(Meta.TRACEPARENT, PARENT,
        Meta.BAGGAGE, "no equals sign"))).orElseThrow();
    assertThat(badBaggage.baggage()).isNull();
    assertThat(TraceContext.from(Meta.empty().with(Meta.TRACEPARENT, McpJson.toTree(7))))
        .isEmpty();
  }

  @Test
  void aContextIsWrittenIntoMeta() {
    Meta meta = new TraceContext(PARENT, "rojo=1", null).addTo(Meta.empty().with("x", "y"));
    assertThat(meta.get(Meta.TRACEPARENT).asString()).isEqualTo(PARENT);
    assertThat(meta.get(Meta.TRACESTATE).asString()).isEqualTo("rojo=1");
    assertThat(meta.containsKey(Meta.BAGGAGE)).isFalse();
    assertThat(meta.get("x").asString()).isEqualTo("y");
    assertThat(CallOptions.DEFAULT.withTrace(TraceContext.of(PARENT)).meta()
        .get(Meta.TRACEPARENT).asString()).isEqualTo(PARENT);
  }
}
