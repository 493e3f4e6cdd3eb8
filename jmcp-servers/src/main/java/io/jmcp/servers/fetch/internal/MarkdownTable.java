package io.jmcp.servers.fetch.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Tables as GitHub Flavored Markdown tables: the first row is the header, {@code |} in cells is
 * escaped, cells spanning columns are padded. Tables used for layout (nested tables, cells holding
 * paragraphs, lists or headings) are not data: their cells are written as ordinary blocks.
 */
final class MarkdownTable {

  private static final Set<String> STRUCTURE = Set.of("table", "p", "div", "ul", "ol", "pre",
      "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "dl");
  private static final int MAX_COLUMNS = 64;

  private MarkdownTable() {
  }

  static String render(Element table, MarkdownConverter converter) {
    List<Element> rows = rows(table);
    if (!isData(table, rows)) {
      return converter.blocks(table, "\n\n");
    }
    List<List<String>> cells = new ArrayList<>();
    int columns = 0;
    for (Element row : rows) {
      List<String> line = new ArrayList<>();
      for (Element cell : row.children()) {
        if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
          continue;
        }
        line.add(InlineText.oneLine(converter.inlineContent(cell)).replace("|", "\\|"));
        int span = Math.min(MAX_COLUMNS, Math.max(1, parse(cell.attr("colspan"))));
        line.addAll(Collections.nCopies(span - 1, ""));
      }
      if (!line.isEmpty()) {
        cells.add(line);
        columns = Math.max(columns, line.size());
      }
    }
    if (cells.isEmpty()) {
      return "";
    }
    columns = Math.min(columns, MAX_COLUMNS);
    List<String> lines = new ArrayList<>();
    for (Element caption : table.children()) {
      if (caption.normalName().equals("caption") && !caption.text().isBlank()) {
        lines.add(InlineText.oneLine(converter.inlineContent(caption)));
        lines.add("");
      }
    }
    lines.add(line(cells.getFirst(), columns));
    lines.add(line(Collections.nCopies(columns, "---"), columns));
    for (List<String> row : cells.subList(1, cells.size())) {
      lines.add(line(row, columns));
    }
    return String.join("\n", lines);
  }

  /** The table's own rows, not those of tables nested in it. */
  private static List<Element> rows(Element table) {
    List<Element> rows = new ArrayList<>();
    for (Element child : table.children()) {
      switch (child.normalName()) {
        case "tr" -> rows.add(child);
        case "thead", "tbody", "tfoot" -> child.children().stream()
            .filter(row -> row.normalName().equals("tr")).forEach(rows::add);
        default -> {
          // caption and colgroup are not rows
        }
      }
    }
    return rows;
  }

  private static boolean isData(Element table, List<Element> rows) {
    if (rows.isEmpty() || table.attr("role").equals("presentation")) {
      return false;
    }
    for (Element row : rows) {
      for (Element cell : row.children()) {
        if (cell.select("*").stream().skip(1)
            .anyMatch(inner -> STRUCTURE.contains(inner.normalName()))) {
          return false;
        }
      }
    }
    boolean single = rows.stream().allMatch(row -> row.children().size() <= 1);
    return !single || !table.select("th").isEmpty();
  }

  private static String line(List<String> cells, int columns) {
    List<String> padded = new ArrayList<>(cells.subList(0, Math.min(cells.size(), columns)));
    while (padded.size() < columns) {
      padded.add("");
    }
    return "| " + String.join(" | ", padded) + " |";
  }

  private static int parse(String number) {
    try {
      return Integer.parseInt(number.strip());
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
