package io.jmcp.servers.fetch.internal;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the part of a page that is its content, in the spirit of Mozilla's Readability: what
 * never shows (scripts, hidden elements) and what surrounds every page of a site (navigation,
 * footers, sidebars, comment and share boxes, recognised by element, ARIA role, class and id) are
 * removed; then the page's own statement of its content ({@code main}, {@code role=main}, a single
 * {@code article}) is taken when it holds a fair share of the text, or else the element whose
 * paragraphs score best by text length, commas and link density.
 */
public final class MainContent {

  private static final String INVISIBLE = "script, style, noscript, template, iframe, object, "
      + "embed, svg, canvas, link, meta, dialog, [hidden], [aria-hidden=true], [aria-modal=true]";
  private static final String BOILERPLATE = "nav, aside, footer, "
      + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], "
      + "[role=search], [role=menu], [role=menubar], [role=dialog], [role=alertdialog]";
  private static final String CONTENT = "main, article, [role=main]";

  private static final Set<String> UNLIKELY = Set.of("comment", "comments", "sidebar", "footer",
      "menu", "nav", "navbar", "navigation", "breadcrumb", "breadcrumbs", "share", "sharing",
      "social", "ad", "ads", "advert", "advertisement", "banner", "cookie", "cookies", "consent",
      "popup", "modal", "newsletter", "subscribe", "related", "sponsor", "sponsored", "promo",
      "masthead", "widget", "toolbar", "pagination", "pager", "skip", "disqus", "signup", "login");
  private static final Set<String> LIKELY = Set.of("article", "body", "content", "main", "post",
      "entry", "story", "text", "blog", "column");
  /** Paragraph-like elements whose text counts towards their ancestors' scores. */
  private static final Set<String> SCORED = Set.of("p", "pre", "td", "blockquote", "div",
      "section");
  private static final int MIN_PARAGRAPH = 25;

  private MainContent() {
  }

  /** The content element of {@code page}, which this call strips of boilerplate. */
  public static Element extract(Document page) {
    Element body = page.body();
    page.select(INVISIBLE).remove();
    page.select("[style]").stream().filter(MainContent::styledHidden).toList()
        .forEach(Element::remove);
    int total = Math.max(1, body.text().length());
    for (Element element : page.select(BOILERPLATE)) {
      if (element.parent() != null && element.select(CONTENT).isEmpty()) {
        element.remove();
      }
    }
    for (Element header : page.select("header, [role=banner]")) {
      if (header.parent() != null && header.select("h1, h2, " + CONTENT).isEmpty()) {
        header.remove();
      }
    }
    for (Element element : body.select("[class], [id]")) {
      if (element.parent() != null && unlikely(element)
          && element.select(CONTENT).isEmpty() && element.text().length() * 2 < total) {
        element.remove();
      }
    }
    Element semantic = semanticRoot(body);
    return semantic != null ? semantic : scoredRoot(body);
  }

  private static boolean styledHidden(Element element) {
    String style = element.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
    return style.contains("display:none") || style.contains("visibility:hidden");
  }

  private static boolean unlikely(Element element) {
    if (element.normalName().equals("body") || element.normalName().equals("html")
        || element.normalName().matches("h[1-6]|a|main|article")) {
      return false;
    }
    boolean unlikely = false;
    for (String token : tokens(element)) {
      if (LIKELY.contains(token)) {
        return false;
      }
      unlikely |= UNLIKELY.contains(token);
    }
    return unlikely;
  }

  private static List<String> tokens(Element element) {
    String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
    return List.of(names.split("[^a-z0-9]+"));
  }

  /** The page's own content element, when it holds at least a fifth of the text. */
  private static Element semanticRoot(Element body) {
    int total = body.text().length();
    Element best = null;
    for (Element main : body.select("main, [role=main]")) {
      if (best == null || main.text().length() > best.text().length()) {
        best = main;
      }
    }
    if (best != null && best.text().length() * 5 >= total && !best.text().isBlank()) {
      return best;
    }
    List<Element> articles = body.select("article").stream()
        .filter(article -> article.parents().stream()
            .noneMatch(parent -> parent.normalName().equals("article")))
        .toList();
    if (articles.size() == 1 && articles.getFirst().text().length() * 5 >= total
        && !articles.getFirst().text().isBlank()) {
      return articles.getFirst();
    }
    return null;
  }

  /** Readability's idea: paragraphs lend their score to parent, grandparent, great-grandparent. */
  private static Element scoredRoot(Element body) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element paragraph : body.select(String.join(", ", SCORED))) {
      if (!paragraphLike(paragraph)) {
        continue;
      }
      String text = paragraph.text();
      if (text.length() < MIN_PARAGRAPH) {
        continue;
      }
      double score = 1 + text.chars().filter(c -> c == ',').count()
          + Math.min(text.length() / 100, 3);
      Element ancestor = paragraph.parent();
      for (int level = 1; level <= 3 && ancestor != null; level++) {
        scores.merge(ancestor, score / level, Double::sum);
        if (ancestor == body) {
          break;
        }
        ancestor = ancestor.parent();
      }
    }
    Element top = null;
    double topScore = 0;
    Map<Element, Double> finals = new IdentityHashMap<>();
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      double score = entry.getValue() * (1 - linkDensity(entry.getKey()))
          + classWeight(entry.getKey());
      finals.put(entry.getKey(), score);
      if (score > topScore) {
        top = entry.getKey();
        topScore = score;
      }
    }
    if (top == null || top == body || top.text().isBlank()) {
      return body;
    }
    return withSiblings(top, topScore, finals, body);
  }

  /** When the content is spread over several siblings, their parent is the content. */
  private static Element withSiblings(Element top, double topScore, Map<Element, Double> finals,
      Element body) {
    Element parent = top.parent();
    if (parent == null || parent == body.parent()) {
      return top;
    }
    double threshold = Math.max(10, topScore * 0.2);
    boolean spread = parent.children().stream()
        .anyMatch(sibling -> sibling != top && finals.getOrDefault(sibling, 0.0) >= threshold);
    return spread ? parent : top;
  }

  /** A p, pre, td or blockquote; or a div or section holding text but no other blocks. */
  private static boolean paragraphLike(Element element) {
    String tag = element.normalName();
    if (!tag.equals("div") && !tag.equals("section")) {
      return true;
    }
    return element.children().stream().noneMatch(MarkdownConverter::isBlock);
  }

  private static double linkDensity(Element element) {
    int length = element.text().length();
    if (length == 0) {
      return 0;
    }
    int linked = element.select("a").stream().mapToInt(link -> link.text().length()).sum();
    return Math.min(1, (double) linked / length);
  }

  private static double classWeight(Element element) {
    double weight = 0;
    for (String token : tokens(element)) {
      if (LIKELY.contains(token)) {
        weight = 25;
      } else if (UNLIKELY.contains(token) && weight == 0) {
        weight = -25;
      }
    }
    return weight;
  }
}
