package io.jmcp.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PaginationTest {

  private final List<Integer> items = IntStream.range(0, 25).boxed().toList();

  @Test
  void pagesCoverTheListOnceInOrder() {
    List<Integer> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      Pagination.Page<Integer> page = Pagination.page(items, cursor, 10);
      seen.addAll(page.items());
      cursor = page.nextCursor();
      pages++;
    } while (cursor != null);
    assertThat(seen).isEqualTo(items);
    assertThat(pages).isEqualTo(3);
  }

  @Test
  void aFullLastPageHasNoNextCursor() {
    assertThat(Pagination.page(items.subList(0, 20), null, 10).nextCursor()).isNotNull();
    Pagination.Page<Integer> second = Pagination.page(items.subList(0, 20),
        Pagination.page(items.subList(0, 20), null, 10).nextCursor(), 10);
    assertThat(second.items()).hasSize(10);
    assertThat(second.nextCursor()).isNull();
    assertThat(Pagination.page(List.of(), null, 10).items()).isEmpty();
  }

  @Test
  void cursorsAreOpaqueAndForgedOnesAreRefused() {
    String cursor = Pagination.page(items, null, 10).nextCursor();
    assertThat(cursor).doesNotContain("10");
    String forged = Base64.getUrlEncoder().encodeToString("page:3".getBytes(StandardCharsets.UTF_8));
    String negative = Base64.getUrlEncoder().withoutPadding()
        .encodeToString("jmcp-page:-5".getBytes(StandardCharsets.UTF_8));
    for (String bad : List.of("%%%", forged, negative, "")) {
      assertThatThrownBy(() -> Pagination.page(items, bad, 10))
          .isInstanceOfSatisfying(JsonRpcException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCodes.INVALID_PARAMS));
    }
  }

  @Test
  void aCursorPastTheEndOfAShrunkListGivesAnEmptyLastPage() {
    String cursor = Pagination.page(items, null, 20).nextCursor();
    Pagination.Page<Integer> page = Pagination.page(items.subList(0, 5), cursor, 20);
    assertThat(page.items()).isEmpty();
    assertThat(page.nextCursor()).isNull();
  }
}
