package io.jmcp.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class RegistryTest {

  record Item(String name, int version) {
  }

  @Test
  void keepsRegistrationOrderAndReplacesInPlace() {
    Registry<Item> registry = new Registry<>(Item::name);
    registry.put(new Item("b", 1));
    registry.put(new Item("a", 1));
    assertThat(registry.put(new Item("b", 2))).isEqualTo(new Item("b", 1));
    assertThat(registry.list()).containsExactly(new Item("b", 2), new Item("a", 1));
    assertThat(registry.get("b")).contains(new Item("b", 2));
    assertThat(registry.remove("a")).isEqualTo(new Item("a", 1));
    assertThat(registry.remove("a")).isNull();
    assertThat(registry.get("a")).isEmpty();
  }

  @Test
  void readersNeverSeeAHalfWrittenListWhileWritersChangeIt() throws Exception {
    Registry<Item> registry = new Registry<>(Item::name);
    AtomicBoolean broken = new AtomicBoolean();
    CountDownLatch done = new CountDownLatch(1);
    Thread reader = Thread.ofPlatform().start(() -> {
      while (done.getCount() > 0) {
        var list = registry.list();
        long distinct = list.stream().map(Item::name).distinct().count();
        if (distinct != list.size() || list.size() > 50) {
          broken.set(true);
        }
      }
    });
    for (int i = 0; i < 20_000; i++) {
      registry.put(new Item("k" + (i % 50), i));
      if (i % 3 == 0) {
        registry.remove("k" + (i % 50));
      }
    }
    done.countDown();
    reader.join();
    assertThat(broken).isFalse();
    for (Item item : registry.list()) {
      assertThat(registry.get(item.name())).contains(item);
    }
  }
}
