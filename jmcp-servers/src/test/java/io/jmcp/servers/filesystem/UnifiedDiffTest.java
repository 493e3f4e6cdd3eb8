package io.jmcp.servers.filesystem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Diffs are laid out exactly as the official server's diff library ({@code diff} 8.0.4,
 * {@code createTwoFilesPatch}) writes them; the expected texts are that library's output.
 */
class UnifiedDiffTest {

  private static final String HEADER = "Index: /f\n"
      + "===================================================================\n"
      + "--- /f\toriginal\n+++ /f\tmodified\n";

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "a\\nb\\nc\\n|a\\nB\\nc\\n|@@ -1,3 +1,3 @@\\n a\\n-b\\n+B\\n c\\n",
      "a\\nb|a\\nc|@@ -1,2 +1,2 @@\\n a\\n-b\\n\\\\ No newline at end of file\\n+c\\n"
          + "\\\\ No newline at end of file\\n",
      "''|x\\n|@@ -0,0 +1,1 @@\\n+x\\n",
      "x\\n|''|@@ -1,1 +0,0 @@\\n-x\\n",
      "a\\nb\\na\\nb\\n|b\\na\\nb\\na\\n|@@ -1,4 +1,4 @@\\n-a\\n b\\n a\\n b\\n+a\\n",
      "same\\n|same\\n|''",
      "a\\nb\\nc|a\\nb\\nc\\n|@@ -1,3 +1,3 @@\\n a\\n b\\n-c\\n\\\\ No newline at end of file\\n"
          + "+c\\n"})
  void matchesTheOfficialLibrary(String before, String after, String hunks) {
    assertThat(UnifiedDiff.of("/f", unescape(before), unescape(after)))
        .isEqualTo(HEADER + unescape(hunks));
  }

  @Test
  void distantChangesGetSeparateHunksAndNearOnesShareOne() {
    String twenty = numbered(20, -1);
    assertThat(UnifiedDiff.of("/f", twenty, twenty.replace("\n2\n", "\n2x\n")
        .replace("\n19\n", "\n19x\n"))).isEqualTo(HEADER
        + "@@ -1,6 +1,6 @@\n 1\n-2\n+2x\n 3\n 4\n 5\n 6\n"
        + "@@ -15,6 +15,6 @@\n 15\n 16\n 17\n 18\n-19\n+19x\n 20\n");
    String twelve = numbered(12, -1);
    assertThat(UnifiedDiff.of("/f", twelve, twelve.replace("\n2\n", "\n2x\n")
        .replace("\n10\n", "\n10x\n"))).isEqualTo(HEADER
        + "@@ -1,12 +1,12 @@\n 1\n-2\n+2x\n 3\n 4\n 5\n 6\n 7\n 8\n 9\n-10\n+10x\n 11\n 12\n");
  }

  @Test
  void aHugeUnrelatedRewriteStillGivesAValidDiff() {
    StringBuilder before = new StringBuilder();
    StringBuilder after = new StringBuilder();
    for (int i = 0; i < 30_000; i++) {
      before.append("old ").append(i).append('\n');
      after.append("new ").append(i).append('\n');
    }
    String diff = UnifiedDiff.of("/f", "keep\n" + before, "keep\n" + after);
    assertThat(diff).startsWith(HEADER + "@@ -1,30001 +1,30001 @@\n keep\n-old 0\n");
    assertThat(diff.lines().filter(line -> line.startsWith("+new"))).hasSize(30_000);
  }

  private static String numbered(int count, int skip) {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      if (i != skip) {
        text.append(i).append('\n');
      }
    }
    return text.toString();
  }

  private static String unescape(String text) {
    return text.replace("\\\\", "\u0000").replace("\\n", "\n").replace("\u0000", "\\");
  }
}
