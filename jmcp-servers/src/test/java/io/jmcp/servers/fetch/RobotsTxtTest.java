package io.jmcp.servers.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobotsTxtTest {

  private static final String AGENT = FetchServer.AUTONOMOUS_USER_AGENT;

  @Test
  void theGroupOfTheProductTokenWinsOverTheWildcard() {
    RobotsTxt robots = RobotsTxt.parse("""
        User-agent: *
        Disallow: /

        User-agent: ModelContextProtocol
        Disallow: /private
        """);
    assertThat(robots.allows("/public", AGENT)).isTrue();
    assertThat(robots.allows("/private/x", AGENT)).isFalse();
    assertThat(robots.allows("/public", "OtherBot/2.0")).isFalse();
    assertThat(robots.allows("/robots.txt", "OtherBot/2.0")).isTrue();
  }

  @Test
  void theLongestMatchDecidesAndAllowWinsTies() {
    RobotsTxt robots = RobotsTxt.parse("""
        user-agent: *
        disallow: /docs/
        allow: /docs/public/
        disallow: /tie
        allow: /tie
        """);
    assertThat(robots.allows("/docs/secret", AGENT)).isFalse();
    assertThat(robots.allows("/docs/public/a", AGENT)).isTrue();
    assertThat(robots.allows("/tie", AGENT)).isTrue();
    assertThat(robots.allows("/other", AGENT)).isTrue();
  }

  @Test
  void wildcardsAndEndAnchors() {
    RobotsTxt robots = RobotsTxt.parse("""
        User-agent: *
        Disallow: /*.pdf$
        Disallow: /search*q=
        Disallow: /exact$
        """);
    assertThat(robots.allows("/files/report.pdf", AGENT)).isFalse();
    assertThat(robots.allows("/files/report.pdf?download", AGENT)).isTrue();
    assertThat(robots.allows("/search?lang=en&q=x", AGENT)).isFalse();
    assertThat(robots.allows("/exact", AGENT)).isFalse();
    assertThat(robots.allows("/exactly", AGENT)).isTrue();
  }

  @Test
  void groupsShareAgentsAndEmptyDisallowAllowsEverything() {
    RobotsTxt robots = RobotsTxt.parse("""
        # comment
        User-agent: a-bot
        User-agent: modelcontextprotocol   # same group
        Disallow: /x # trailing comment
        Sitemap: https://example.com/sitemap.xml

        User-agent: *
        Disallow:
        """);
    assertThat(robots.allows("/x", AGENT)).isFalse();
    assertThat(robots.allows("/x", "A-Bot/1")).isFalse();
    assertThat(robots.allows("/x", "Other")).isTrue();
    assertThat(RobotsTxt.parse("").allows("/anything", AGENT)).isTrue();
  }

  @Test
  void percentEncodingIsComparedNormalised() {
    RobotsTxt robots = RobotsTxt.parse("User-agent: *\nDisallow: /caf%C3%A9\nDisallow: /%7euser");
    assertThat(robots.allows("/caf%c3%a9/menu", AGENT)).isFalse();
    assertThat(robots.allows(WebUrl.parse("http://x/café").target(), AGENT)).isFalse();
    assertThat(robots.allows("/~user/home", AGENT)).isFalse();
  }
}
