package io.jmcp.server.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A skill is checked when it is made, so a server never publishes one hosts would refuse. */
class SkillTest {

  private static String skillMd(String name, String description) {
    return "---\nname: " + name + "\ndescription: " + description + "\n---\n\nBody.\n";
  }

  @Test
  void aSkillIsNamedByItsFrontmatter() {
    Skill skill = Skill.ofText(Map.of("SKILL.md", skillMd("pdf-processing", "PDFs"),
        "references/FORMS.md", "forms"));
    assertThat(skill.name()).isEqualTo("pdf-processing");
    assertThat(skill.description()).isEqualTo("PDFs");
    assertThat(skill.path()).isEqualTo("pdf-processing");
    assertThat(skill.uri()).isEqualTo("skill://pdf-processing/SKILL.md");
    assertThat(skill.files()).containsExactly("SKILL.md", "references/FORMS.md");
    assertThat(skill.fileUri("a b/ü.md")).isEqualTo("skill://pdf-processing/a%20b/%C3%BC.md");
  }

  @Test
  void invalidNamesAndMissingDescriptionsAreRefused() {
    for (String name : new String[] {"PDF", "-pdf", "pdf-", "pd--f", "a".repeat(65), "\"\""}) {
      assertThatThrownBy(() -> Skill.ofText(Map.of("SKILL.md", skillMd(name, "d"))))
          .as(name).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("not a valid skill name");
    }
    assertThatThrownBy(() -> Skill.ofText(Map.of("SKILL.md", "---\nname: ok\n---\n")))
        .hasMessageContaining("no description");
    assertThatThrownBy(() -> Skill.ofText(Map.of("SKILL.md", "no frontmatter")))
        .hasMessageContaining("---");
    assertThatThrownBy(() -> Skill.ofText(Map.of("SKILL.md", "---\nname: [unclosed\n---\n")))
        .hasMessageContaining("not valid YAML");
    assertThatThrownBy(() -> Skill.ofText(Map.of("README.md", "x")))
        .hasMessageContaining("needs a SKILL.md");
    assertThatThrownBy(() -> Skill.ofText(Map.of("SKILL.md",
        "---\nname: ok\ndescription: d\nmetadata:\n  io.modelcontextprotocol/x: 1\n---\n")))
        .hasMessageContaining("reserved");
    assertThatThrownBy(() -> Skill.ofText(Map.of("SKILL.md",
        "---\nname: ok\ndescription: d\nmetadata:\n  version: 3\n---\n")))
        .hasMessageContaining("metadata values are strings");
    assertThatThrownBy(() -> Skill.ofText(Map.of("SKILL.md", skillMd("ok", "d".repeat(1025)))))
        .hasMessageContaining("1024");
  }

  @Test
  void filePathsMustStayInsideTheSkill() {
    for (String path : new String[] {"../secret", "/etc/passwd", "a//b", "a/./b", "a\\b", "a/"}) {
      Map<String, String> files = new HashMap<>();
      files.put("SKILL.md", skillMd("ok", "d"));
      files.put(path, "x");
      assertThatThrownBy(() -> Skill.ofText(files)).as(path)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("file path");
    }
    Map<String, String> clash = new LinkedHashMap<>();
    clash.put("SKILL.md", skillMd("ok", "d"));
    clash.put("a", "file");
    clash.put("a/b", "inside a file");
    assertThatThrownBy(() -> Skill.ofText(clash)).hasMessageContaining("which is a file");
  }

  @Test
  void thePathMustEndWithTheName() {
    Map<String, byte[]> files = Map.of("SKILL.md",
        skillMd("refunds", "d").getBytes(StandardCharsets.UTF_8));
    assertThat(Skill.of("acme/billing/refunds", files).uri())
        .isEqualTo("skill://acme/billing/refunds/SKILL.md");
    assertThatThrownBy(() -> Skill.of("acme/billing", files)).hasMessageContaining("must end");
    assertThatThrownBy(() -> Skill.of("Acme/refunds", files)).hasMessageContaining("lowercase");
    assertThatThrownBy(() -> Skill.of("acme//refunds", files)).hasMessageContaining("invalid");
  }

  @Test
  void tooManyFilesOrBytesAreRefused() {
    Map<String, byte[]> many = new HashMap<>();
    many.put("SKILL.md", skillMd("big", "d").getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < 512; i++) {
      many.put("f" + i, new byte[0]);
    }
    assertThatThrownBy(() -> Skill.of(many)).hasMessageContaining("512");
    Map<String, byte[]> heavy = new HashMap<>();
    heavy.put("SKILL.md", skillMd("big", "d").getBytes(StandardCharsets.UTF_8));
    heavy.put("blob", new byte[16 * 1024 * 1024]);
    assertThatThrownBy(() -> Skill.of(heavy)).hasMessageContaining("bytes");
  }

  @Test
  void aLibraryIsReadFromADirectoryTree(@TempDir Path root) throws IOException {
    write(root.resolve("pdf-processing/SKILL.md"), skillMd("pdf-processing", "PDFs"));
    write(root.resolve("pdf-processing/references/FORMS.md"), "forms");
    write(root.resolve("pdf-processing/.cache/junk"), "hidden");
    write(root.resolve("pdf-processing/nested/SKILL.md"), "belongs to pdf-processing");
    write(root.resolve("acme/billing/refunds/SKILL.md"), skillMd("refunds", "Refunds"));
    write(root.resolve(".drafts/wip/SKILL.md"), skillMd("wip", "hidden"));
    write(root.resolve("notes.txt"), "not a skill");

    SkillLibrary library = SkillLibrary.fromDirectory(root);
    assertThat(library.skills()).extracting(Skill::path)
        .containsExactly("acme/billing/refunds", "pdf-processing");
    Skill pdf = library.skills().get(1);
    assertThat(pdf.files()).containsExactly("SKILL.md", "nested/SKILL.md", "references/FORMS.md");
    assertThat(new String(pdf.file("references/FORMS.md"), StandardCharsets.UTF_8))
        .isEqualTo("forms");

    write(root.resolve("broken/SKILL.md"), skillMd("wrong-name", "d"));
    assertThatThrownBy(() -> SkillLibrary.fromDirectory(root))
        .hasMessageContaining("broken").hasMessageContaining("must end");
  }

  @Test
  void aLibraryRefusesDuplicateNames() {
    Skill one = Skill.ofText(Map.of("SKILL.md", skillMd("same", "one")));
    Skill two = Skill.of("other/same",
        Map.of("SKILL.md", skillMd("same", "two").getBytes(StandardCharsets.UTF_8)));
    assertThatThrownBy(() -> SkillLibrary.of(one, two)).hasMessageContaining("two skills named");
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
