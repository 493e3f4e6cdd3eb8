package io.jmcp.core.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.tasks.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class InMemoryTaskStoreTest {

  private final SteppingClock clock = new SteppingClock(Instant.parse("2026-01-01T00:00:00Z"));

  private StoredTask task(String id, Duration ttl) {
    return StoredTask.working(id, TaskDesign.EXTENSION, "tools/call", null, "session",
        clock.instant(), ttl, Duration.ofMillis(500));
  }

  @Test
  void aCreatedTaskIsFoundAtOnceAndGoneOnceItsTtlIsUp() {
    InMemoryTaskStore store = new InMemoryTaskStore(10, clock);
    store.create(task("a", Duration.ofSeconds(10)));
    assertThat(store.find("a")).isPresent();
    clock.advance(Duration.ofMillis(9_999));
    assertThat(store.find("a")).isPresent();
    clock.advance(Duration.ofMillis(1));
    assertThat(store.find("a")).isEmpty();
    assertThat(store.update("a", t -> t.withMessage("late", clock.instant()))).isEmpty();
    assertThat(store.size()).isZero();
  }

  @Test
  void expiredTasksAreSweptWhenNewOnesArrive() {
    InMemoryTaskStore store = new InMemoryTaskStore(10, clock);
    store.create(task("old", Duration.ofSeconds(1)));
    clock.advance(Duration.ofSeconds(5));
    store.create(task("new", Duration.ofSeconds(1)));
    assertThat(store.size()).isEqualTo(1);
    assertThat(store.list(null)).extracting(StoredTask::taskId).containsExactly("new");
  }

  @Test
  void aFullStoreForgetsItsOldestFinishedTaskAndRefusesWhenAllRun() {
    InMemoryTaskStore store = new InMemoryTaskStore(2, clock);
    store.create(task("first", Duration.ofHours(1)));
    store.create(task("second", Duration.ofHours(1)));
    assertThatThrownBy(() -> store.create(task("third", Duration.ofHours(1))))
        .isInstanceOfSatisfying(JsonRpcException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCodes.INTERNAL_ERROR));
    store.update("second", t -> t.finished(TaskStatus.COMPLETED, null, McpJson.object(), null,
        clock.instant()));
    store.create(task("third", Duration.ofHours(1)));
    assertThat(store.find("second")).isEmpty();
    assertThat(store.list(null)).extracting(StoredTask::taskId)
        .containsExactly("first", "third");
  }

  @Test
  void terminalTasksNeverChangeAgain() {
    InMemoryTaskStore store = new InMemoryTaskStore(10, clock);
    store.create(task("t", Duration.ofHours(1)));
    store.update("t", t -> t.finished(TaskStatus.CANCELLED, "stop", null, null,
        clock.instant()));
    StoredTask after = store.update("t", t -> t.finished(TaskStatus.COMPLETED, null,
        McpJson.object(), null, clock.instant())).orElseThrow();
    assertThat(after.status()).isEqualTo(TaskStatus.CANCELLED);
    assertThat(after.result()).isNull();
  }

  @Test
  void watchersHearEveryChangeUntilTheyStop() {
    InMemoryTaskStore store = new InMemoryTaskStore(10, clock);
    store.create(task("w", Duration.ofHours(1)));
    List<String> heard = new CopyOnWriteArrayList<>();
    TaskStore.Watch watch = store.watch("w", t -> heard.add(t.statusMessage()));
    store.update("w", t -> t.withMessage("one", clock.instant()));
    store.update("w", t -> t.withMessage("one", clock.instant()));
    store.update("w", t -> t.withMessage("two", clock.instant()));
    watch.close();
    store.update("w", t -> t.withMessage("three", clock.instant()));
    assertThat(heard).containsExactly("one", "two");
  }

  @Test
  void listingIsByOwner() {
    InMemoryTaskStore store = new InMemoryTaskStore(10, clock);
    store.create(StoredTask.working("mine", TaskDesign.CORE_2025_11_25, "tools/call", "alice",
        null, clock.instant(), null, null));
    store.create(StoredTask.working("theirs", TaskDesign.CORE_2025_11_25, "tools/call", "bob",
        null, clock.instant(), null, null));
    assertThat(store.list("alice")).extracting(StoredTask::taskId).containsExactly("mine");
    assertThat(store.list(null)).isEmpty();
    assertThat(store.find("mine").orElseThrow().visibleTo("bob")).isFalse();
    assertThat(store.find("mine").orElseThrow().visibleTo("alice")).isTrue();
  }
}
