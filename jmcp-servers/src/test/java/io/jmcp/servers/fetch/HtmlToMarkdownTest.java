package io.jmcp.servers.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.servers.fetch.internal.HtmlToMarkdown;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlToMarkdownTest {

  static String resource(String name) {
    try (InputStream in = HtmlToMarkdownTest.class.getResourceAsStream("pages/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no test page " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String convert(String html) {
    return HtmlToMarkdown.convert(html, "https://example.org/blog/tides.html");
  }

  /** Each fixture page against its expected Markdown, byte for byte. */
  @ParameterizedTest
  @ValueSource(strings = {"article", "div-soup", "docs"})
  void pagesBecomeTheirGoldenMarkdown(String page) {
    assertThat(convert(resource(page + ".html"))).isEqualTo(resource(page + ".md").strip());
  }

  @Test
  void boilerplateAroundTheArticleIsLeftOut() {
    String markdown = convert(resource("article.html"));
    assertThat(markdown).doesNotContain("Archive", "cookies", "Popular posts", "Great article",
        "Privacy", "analytics", "font-family", "The Harbour Log");
  }

  @Test
  void elementsByElement() {
    assertThat(convert("<p>a<br>b</p>")).isEqualTo("a  \nb");
    assertThat(convert("<h4> Deep <em>heading</em> </h4>")).isEqualTo("#### Deep *heading*");
    assertThat(convert("<p><b>bold </b>text<i> it</i></p>")).isEqualTo("**bold** text *it*");
    assertThat(convert("<ul><li>one<li>two</ul>")).isEqualTo("- one\n- two");
    assertThat(convert("<ol start=3><li>c<li>d</ol>")).isEqualTo("3. c\n4. d");
    assertThat(convert("<p><a href='https://a.example/x y'>link</a></p>"))
        .isEqualTo("[link](https://a.example/x%20y)");
    assertThat(convert("<p><a href='https://a.example/'>https://a.example/</a></p>"))
        .isEqualTo("<https://a.example/>");
    assertThat(convert("<p><a href='#top'>top</a> <a href=''>none</a></p>")).isEqualTo("top none");
    assertThat(convert("<p><img src='data:image/png;base64,AAAA' alt='dot'></p>"))
        .isEqualTo("dot");
    assertThat(convert("<p><a href='/a'><img src='i.png' alt='pic'></a></p>"))
        .isEqualTo("[![pic](https://example.org/blog/i.png)](https://example.org/a)");
    assertThat(convert("<pre>```\ninner\n```</pre>")).isEqualTo("````\n```\ninner\n```\n````");
    assertThat(convert("<p>x &lt;&amp;&gt; &copy; &#x1F600;</p>")).isEqualTo("x <&> © 😀");
    assertThat(convert("<table><tr><td>a<td>b<tr><td colspan=2>c</table>"))
        .isEqualTo("| a | b |\n| --- | --- |\n| c |  |");
    assertThat(convert("<table><tr><td><p>layout</p><p>cell</p></td></tr></table>"))
        .isEqualTo("layout\n\ncell");
    assertThat(convert("<blockquote>q<blockquote>inner</blockquote></blockquote>"))
        .isEqualTo("> q\n>\n> > inner");
  }

  @Test
  void aPageWithNoTextGivesNothing() {
    assertThat(convert("")).isEmpty();
    assertThat(convert("<html><body><script>x()</script><nav>menu</nav></body></html>")).isEmpty();
  }
}
