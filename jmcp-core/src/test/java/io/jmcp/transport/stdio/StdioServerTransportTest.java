package io.jmcp.transport.stdio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.jsonrpc.ConnectionClosedException;
import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcCodec;
import io.jmcp.jsonrpc.JsonRpcErrorResponse;
import io.jmcp.jsonrpc.JsonRpcLimits;
import io.jmcp.jsonrpc.JsonRpcMessage;
import io.jmcp.jsonrpc.JsonRpcNotification;
import io.jmcp.jsonrpc.JsonRpcPeer;
import io.jmcp.jsonrpc.JsonRpcResult;
import io.jmcp.jsonrpc.MalformedMessageException;
import io.jmcp.jsonrpc.MessageReceiver;
import io.jmcp.jsonrpc.RequestId;
import io.jmcp.jsonrpc.TransportContext;
import io.jmcp.transport.ContractServer;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.JsonNodeFactory;

/** The server end over streams the test writes and reads byte by byte. */
class StdioServerTransportTest {

  private static final JsonRpcCodec CODEC = JsonRpcCodec.standard();

  private final BytePipe toServer = new BytePipe();
  private final BytePipe toClient = new BytePipe();
  private final List<AutoCloseable> toClose = new ArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable closeable : toClose) {
      closeable.close();
    }
  }

  private StdioServerTransport server(BytePipe input, JsonRpcLimits limits) {
    StdioServerTransport server = StdioServerTransport.builder()
        .input(input.source).output(toClient.sink).limits(limits).build();
    toClose.add(server);
    return server;
  }

  private void write(String text) throws IOException {
    toServer.sink.write(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String request(Object id, String text) {
    String idJson = id instanceof String s ? "\"" + s + "\"" : id.toString();
    return "{\"jsonrpc\":\"2.0\",\"id\":" + idJson + ",\"method\":\"echo\",\"params\":{\"text\":\""
        + text + "\"}}";
  }

  @Test
  void deliversMessagesFromAStreamThatTricklesInOneByteAtATime() throws Exception {
    BytePipe trickle = BytePipe.trickling();
    Recorder recorder = new Recorder();
    server(trickle, JsonRpcLimits.DEFAULT).start(recorder);

    trickle.sink.write((request(1, "one") + "\n" + request(2, "漢字😀") + "\r\n")
        .getBytes(StandardCharsets.UTF_8));

    assertThat(recorder.next()).isEqualTo(CODEC.decode(request(1, "one")));
    assertThat(recorder.next()).isEqualTo(CODEC.decode(request(2, "漢字😀")));
  }

  @Test
  void deliversSeveralMessagesThatArriveInOneRead() throws Exception {
    write(request(1, "a") + "\n" + request(2, "b") + "\n" + request(3, "c") + "\n");
    Recorder recorder = new Recorder();
    server(toServer, JsonRpcLimits.DEFAULT).start(recorder);

    assertThat(recorder.next()).isEqualTo(CODEC.decode(request(1, "a")));
    assertThat(recorder.next()).isEqualTo(CODEC.decode(request(2, "b")));
    assertThat(recorder.next()).isEqualTo(CODEC.decode(request(3, "c")));
    assertThat(recorder.malformed).isEmpty();
  }

  @Test
  void acceptsCrlfLineEndingsAndSkipsBlankLines() throws Exception {
    Recorder recorder = new Recorder();
    server(toServer, JsonRpcLimits.DEFAULT).start(recorder);

    write("\r\n" + request(1, "a") + "\r\n\r\n   \n" + request(2, "b") + "\r\n");

    assertThat(recorder.next()).isEqualTo(CODEC.decode(request(1, "a")));
    assertThat(recorder.next()).isEqualTo(CODEC.decode(request(2, "b")));
    assertThat(recorder.malformed).isEmpty();
  }

  @Test
  void anOverlongLineIsRefusedAndTheNextLineStillRead() throws Exception {
    Recorder recorder = new Recorder();
    server(toServer, JsonRpcLimits.DEFAULT.withMaxMessageBytes(2048)).start(recorder);

    write(request(1, "z".repeat(10_000)) + "\n" + request(2, "after") + "\n");

    MalformedMessageException refused = recorder.malformed.poll(10, TimeUnit.SECONDS);
    assertThat(refused).isNotNull();
    assertThat(refused.code()).isEqualTo(ErrorCodes.INVALID_REQUEST);
    assertThat(refused.getMessage()).contains("exceeds 2048 bytes");
    assertThat(recorder.next()).isEqualTo(CODEC.decode(request(2, "after")));
  }

  @Test
  void invalidUtf8IsAParseError() throws Exception {
    Recorder recorder = new Recorder();
    server(toServer, JsonRpcLimits.DEFAULT).start(recorder);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write("{\"jsonrpc\":\"2.0\",\"method\":\"note\",\"params\":{\"t\":\"".getBytes(
        StandardCharsets.US_ASCII));
    bytes.write(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
    bytes.write("\"}}\n".getBytes(StandardCharsets.US_ASCII));
    toServer.sink.write(bytes.toByteArray());
    write(request(1, "ok") + "\n");

    MalformedMessageException refused = recorder.malformed.poll(10, TimeUnit.SECONDS);
    assertThat(refused).isNotNull();
    assertThat(refused.code()).isEqualTo(ErrorCodes.PARSE_ERROR);
    assertThat(recorder.next()).isEqualTo(CODEC.decode(request(1, "ok")));
  }

  @Test
  void garbageAmongValidMessagesIsAnsweredWhereItHasAnIdAndOtherwiseSkipped() throws Exception {
    ContractServer.start(server(toServer, JsonRpcLimits.DEFAULT));
    LinkedBlockingQueue<String> lines = readLines();

    write(request(1, "a") + "\n"
        + "this is not json\n"
        + request(2, "b") + "\n"
        + "{\"jsonrpc\":\"1.0\",\"id\":7,\"method\":\"echo\"}\n"
        + "{\"jsonrpc\":\"2.0\",\"id\":\n"
        + "[1,2,\n"
        + "{\"jsonrpc\":\"2.0\",\"id\":\"s\",\"method\":42}\r\n"
        + request(3, "c") + "\n");

    List<JsonRpcMessage> answers = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String line = lines.poll(10, TimeUnit.SECONDS);
      assertThat(line).as("answer %d", i).isNotNull();
      answers.add(CODEC.decode(line));
    }
    assertThat(answers).filteredOn(JsonRpcResult.class::isInstance).extracting(
        message -> ((JsonRpcResult) message).id())
        .containsExactlyInAnyOrder(RequestId.of(1), RequestId.of(2), RequestId.of(3));
    assertThat(answers).filteredOn(JsonRpcErrorResponse.class::isInstance)
        .extracting(message -> ((JsonRpcErrorResponse) message).id(),
            message -> ((JsonRpcErrorResponse) message).error().code())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(RequestId.of(7), ErrorCodes.INVALID_REQUEST),
            org.assertj.core.groups.Tuple.tuple(RequestId.of("s"), ErrorCodes.INVALID_REQUEST));

    write(request(4, "d") + "\n");
    assertThat(CODEC.decode(lines.poll(10, TimeUnit.SECONDS)))
        .isEqualTo(new JsonRpcResult(RequestId.of(4),
            JsonNodeFactory.instance.objectNode().put("text", "d")));
  }

  @Test
  void theEndOfInputClosesTheTransportWithoutCauseAndEndsTheOutput() throws Exception {
    Recorder recorder = new Recorder();
    StdioServerTransport server = server(toServer, JsonRpcLimits.DEFAULT);
    server.start(recorder);

    toServer.sink.close();

    assertThat(recorder.closed.get(10, TimeUnit.SECONDS)).isNull();
    assertThat(toClient.source.read()).isEqualTo(-1);
    assertThatThrownBy(() -> server.send(new JsonRpcNotification("late", null)))
        .isInstanceOf(ConnectionClosedException.class);
  }

  @Test
  void closeIsIdempotentReportsOnceAndFailsLaterSends() throws Exception {
    Recorder recorder = new Recorder();
    StdioServerTransport server = server(toServer, JsonRpcLimits.DEFAULT);
    server.start(recorder);

    server.close();
    server.close();

    assertThat(recorder.closed.get(10, TimeUnit.SECONDS)).isNull();
    assertThat(recorder.closeCount).hasValue(1);
    assertThat(toClient.source.read()).isEqualTo(-1);
    assertThatThrownBy(() -> server.send(new JsonRpcNotification("late", null)))
        .isInstanceOf(ConnectionClosedException.class);
  }

  @Test
  void concurrentSendsNeverInterleave() throws Exception {
    StdioServerTransport server = server(toServer, JsonRpcLimits.DEFAULT);
    server.start(new Recorder());
    LinkedBlockingQueue<String> lines = readLines();

    List<Thread> senders = new ArrayList<>();
    for (int t = 0; t < 32; t++) {
      int thread = t;
      senders.add(Thread.ofVirtual().start(() -> {
        for (int i = 0; i < 25; i++) {
          String filler = (i % 2 == 0 ? "s" : "L".repeat(20_000));
          server.send(new JsonRpcNotification("n", JsonNodeFactory.instance.objectNode()
              .put("key", thread + "/" + i).put("filler", filler)));
        }
      }));
    }
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < 32 * 25; i++) {
      String line = lines.poll(10, TimeUnit.SECONDS);
      assertThat(line).isNotNull();
      JsonRpcNotification notification = (JsonRpcNotification) CODEC.decode(line);
      keys.add(notification.params().get("key").stringValue());
    }
    for (Thread sender : senders) {
      sender.join();
    }
    assertThat(keys).hasSize(32 * 25);
  }

  @Test
  void anInterruptedSenderDoesNotBreakTheStream(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("out.jsonl");
    StdioServerTransport server = StdioServerTransport.builder()
        .input(toServer.source).output(new FileOutputStream(file.toFile())).build();
    toClose.add(server);
    server.start(new Recorder());

    Thread sender = Thread.ofVirtual().start(() -> {
      Thread.currentThread().interrupt();
      server.send(new JsonRpcNotification("first", null));
    });
    sender.join();
    server.send(new JsonRpcNotification("second", null));
    server.close();

    assertThat(Files.readAllLines(file)).containsExactly(
        "{\"jsonrpc\":\"2.0\",\"method\":\"first\"}", "{\"jsonrpc\":\"2.0\",\"method\":\"second\"}");
  }

  @Test
  void systemOutPointsAtStderrWhileServingWhenAskedTo() throws Exception {
    PrintStream original = System.out;
    StdioServerTransport server = StdioServerTransport.builder()
        .input(toServer.source).output(toClient.sink).redirectSystemOut(true).build();
    toClose.add(server);
    try {
      server.start(new Recorder());
      assertThat(System.out).isSameAs(System.err);
      server.close();
      assertThat(System.out).isSameAs(original);
    } finally {
      System.setOut(original);
    }
  }

  @Test
  void streamsGivenByTheCallerLeaveSystemOutAlone() throws Exception {
    PrintStream original = System.out;
    server(toServer, JsonRpcLimits.DEFAULT).start(new Recorder());
    assertThat(System.out).isSameAs(original);
  }

  @Test
  void aPeerAnswersOverTheTransport() throws Exception {
    JsonRpcPeer peer = ContractServer.start(server(toServer, JsonRpcLimits.DEFAULT));
    toClose.add(peer);
    LinkedBlockingQueue<String> lines = readLines();

    write(request("x", "hi") + "\n");

    assertThat(lines.poll(10, TimeUnit.SECONDS))
        .isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":\"x\",\"result\":{\"text\":\"hi\"}}");
  }

  /** Reads what the server writes, line by line, on a background thread. */
  private LinkedBlockingQueue<String> readLines() {
    LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread.ofVirtual().start(() -> {
      try (BufferedReader reader = new BufferedReader(
          new InputStreamReader(toClient.source, StandardCharsets.UTF_8))) {
        String line;
        while ((line = reader.readLine()) != null) {
          lines.add(line);
        }
      } catch (IOException e) {
        // closed by the test
      }
    });
    return lines;
  }

  /** Records what a transport delivers. */
  private static final class Recorder implements MessageReceiver {
    final LinkedBlockingQueue<JsonRpcMessage> messages = new LinkedBlockingQueue<>();
    final LinkedBlockingQueue<MalformedMessageException> malformed = new LinkedBlockingQueue<>();
    final CompletableFuture<@Nullable Throwable> closed = new CompletableFuture<>();
    final AtomicInteger closeCount = new AtomicInteger();

    @Override
    public void onMessage(JsonRpcMessage message, TransportContext context) {
      messages.add(message);
    }

    @Override
    public void onMalformed(MalformedMessageException error, TransportContext context) {
      malformed.add(error);
    }

    @Override
    public void onClose(@Nullable Throwable cause) {
      closeCount.incrementAndGet();
      closed.complete(cause);
    }

    JsonRpcMessage next() throws InterruptedException {
      JsonRpcMessage message = messages.poll(10, TimeUnit.SECONDS);
      assertThat(message).as("a message within %s", Duration.ofSeconds(10)).isNotNull();
      return message;
    }
  }
}
