package io.jmcp.servers.filesystem;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.servers.internal.json.JsonText;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sizes, name order, dates and JSON text as the official server (and JavaScript) write them. */
class ListingFormatTest {

  @Test
  void sizesUseTheLargestFittingUnitWithTwoDecimals() {
    assertThat(DirectoryListing.formatSize(0)).isEqualTo("0 B");
    assertThat(DirectoryListing.formatSize(1023)).isEqualTo("1023 B");
    assertThat(DirectoryListing.formatSize(1024)).isEqualTo("1.00 KB");
    assertThat(DirectoryListing.formatSize(1536)).isEqualTo("1.50 KB");
    assertThat(DirectoryListing.formatSize(1_048_576)).isEqualTo("1.00 MB");
    assertThat(DirectoryListing.formatSize(1L << 30)).isEqualTo("1.00 GB");
    assertThat(DirectoryListing.formatSize(5L << 40)).isEqualTo("5.00 TB");
    assertThat(DirectoryListing.formatSize(3L << 50)).isEqualTo("3072.00 TB");
  }

  @Test
  void namesSortAsJavaScriptLocaleCompareDoes() {
    // The order of Node's ["zeta", ...].sort((a, b) => a.localeCompare(b)).
    List<String> names = new ArrayList<>(List.of("zeta", "Alpha", "beta", "_x", "10", "9",
        ".hidden", "a", "B", "b", "A", "file-1.txt", "file_1.txt", "file1.txt", "a b", "ab",
        "aB", "Ab", "á", "é", "e"));
    names.sort(NameOrder.NATURAL);
    assertThat(names).containsExactly("_x", ".hidden", "10", "9", "a", "A", "á", "a b", "ab",
        "aB", "Ab", "Alpha", "b", "B", "beta", "e", "é", "file_1.txt", "file-1.txt",
        "file1.txt", "zeta");
    List<String> bytes = new ArrayList<>(List.of("b", "B", "a", "_", "é", "Z"));
    bytes.sort(NameOrder.BYTES);
    assertThat(bytes).containsExactly("B", "Z", "_", "a", "b", "é");
  }

  @Test
  void datesReadLikeAJavaScriptDate() {
    assertThat(FileInfo.date(FileTime.from(Instant.EPOCH), ZoneId.of("UTC")))
        .isEqualTo("Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)");
    assertThat(FileInfo.date(FileTime.from(Instant.parse("2025-07-01T12:00:00Z")),
        ZoneId.of("Europe/Berlin")))
        .isEqualTo("Tue Jul 01 2025 14:00:00 GMT+0200 (Central European Summer Time)");
  }

  @Test
  void jsonStringsAreEscapedAsJavaScriptDoes() {
    assertThat(JsonText.JAVASCRIPT.quote("a\"b\\c\n\t\u0001é🙂"))
        .isEqualTo("\"a\\\"b\\\\c\\n\\t\\u0001é🙂\"");
    assertThat(JsonText.JAVASCRIPT.quote("\uD800x")).isEqualTo("\"\\ud800x\"");
  }

  @Test
  void mediaTypesFollowTheExtension() {
    assertThat(MediaTypes.of("a.JPG")).isEqualTo("image/jpeg");
    assertThat(MediaTypes.of("a.flac")).isEqualTo("audio/flac");
    assertThat(MediaTypes.of(".png")).isEqualTo(MediaTypes.UNKNOWN);
    assertThat(MediaTypes.of("x.pdf")).isEqualTo(MediaTypes.UNKNOWN);
  }
}
