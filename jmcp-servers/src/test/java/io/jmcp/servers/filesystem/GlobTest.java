package io.jmcp.servers.filesystem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Glob matching agrees with minimatch ({@code dot: true}); expectations taken from minimatch. */
class GlobTest {

  @ParameterizedTest(name = "{0} ~ {1} = {2}")
  @CsvSource(delimiterString = " :: ", value = {
      "a :: a/** :: false", "a/b :: a/** :: true", "a/b/c :: a/** :: true",
      "a.txt :: **/*.txt :: true", "x/a.txt :: **/*.txt :: true", "x/a.txt :: *.txt :: false",
      ".h :: * :: true", ".git/x :: **/x :: true", "a/b :: a/*/ :: false", "a/b :: a//b :: true",
      "a/b :: ./a/b :: false", "abc :: a?c :: true", "a/c :: a?c :: false", "b :: [a-c] :: true",
      "d :: [!a-c] :: true", "d :: [^a-c] :: true", "a1 :: a{1,2} :: true",
      "a3 :: a{1..3} :: true", "ab :: a{b,{c,d}} :: true", "ad :: a{b,{c,d}} :: true",
      "#a :: #a :: false", "b :: !a :: true", "a :: !a :: false", "a :: !!a :: true",
      "x/y/z :: x/**/z :: true", "x/z :: x/**/z :: true", "xz :: x**z :: true",
      "x/y/z :: x**z :: false", "a] :: a] :: true", "a :: [a :: false", "[a :: [a :: true",
      "a*b :: a\\*b :: true", "axb :: a\\*b :: false", "a.b :: *.{b,c} :: true",
      "foo.js :: +(foo|bar).js :: true", "foo.js :: @(foo).js :: true",
      "q :: [[:alpha:]] :: true", "5 :: [[:digit:]] :: true", "a/b :: a/b/** :: false",
      "a :: ** :: true", ".a/b :: ** :: true", "a/.b :: a/* :: true",
      "node_modules/x/y :: **/node_modules/** :: true",
      "node_modules :: **/node_modules/** :: false", "a :: {a} :: false", "{a} :: {a} :: true",
      "a :: a{} :: false", "a{} :: a{} :: true", "a-b :: a[-]b :: true", "a :: A :: false",
      "a/b :: a/b/ :: false", "bar.js :: !(foo).js :: true", "x10 :: x{01..10} :: true",
      "x05 :: x{01..10} :: true", "c :: {a..e..2} :: true", "b :: {a..e..2} :: false",
      "ab :: a?(b) :: true", "a :: a?(b) :: true", "abb :: a?(b) :: false",
      "abbb :: a+(b) :: true", "a :: a+(b) :: false", "a :: a*(b) :: true",
      "src/a.ts :: src/**/*.ts :: true", "src/x/y/a.ts :: src/**/*.ts :: true",
      "a.ts :: src/**/*.ts :: false"})
  void matchesLikeMinimatch(String path, String pattern, boolean expected) {
    assertThat(Glob.of(pattern).matches(path)).isEqualTo(expected);
  }
}
