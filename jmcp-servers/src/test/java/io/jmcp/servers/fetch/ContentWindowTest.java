package io.jmcp.servers.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentWindowTest {

  @Test
  void aFullWindowWithMoreLeftNamesTheNextStartIndex() {
    assertThat(ContentWindow.cut("abcdefghij", 0, 4)).isEqualTo("abcd\n\n<error>Content "
        + "truncated. Call the fetch tool with a start_index of 4 to get more content.</error>");
    assertThat(ContentWindow.cut("abcdefghij", 4, 4)).endsWith("start_index of 8 to get more "
        + "content.</error>").startsWith("efgh\n\n");
  }

  @Test
  void theLastWindowHasNoHint() {
    assertThat(ContentWindow.cut("abcdefghij", 8, 4)).isEqualTo("ij");
    assertThat(ContentWindow.cut("abcdefgh", 4, 4)).isEqualTo("efgh");
    assertThat(ContentWindow.cut("abc", 0, 5000)).isEqualTo("abc");
  }

  @Test
  void pastTheEndThereIsNoMoreContent() {
    assertThat(ContentWindow.cut("abc", 3, 10))
        .isEqualTo("<error>No more content available.</error>");
    assertThat(ContentWindow.cut("abc", Long.MAX_VALUE, 10)).isEqualTo(ContentWindow.NO_MORE);
    assertThat(ContentWindow.cut("", 0, 10)).isEqualTo(ContentWindow.NO_MORE);
  }

  @Test
  void charactersAreCodePointsAsPythonCountsThem() {
    String text = "a😀b😀c";
    assertThat(ContentWindow.cut(text, 0, 2)).startsWith("a😀\n\n").contains("start_index of 2");
    assertThat(ContentWindow.cut(text, 2, 3)).isEqualTo("b😀c");
  }
}
