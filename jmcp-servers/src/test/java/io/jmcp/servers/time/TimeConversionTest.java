package io.jmcp.servers.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeConversionTest {

  /** The expected texts are what CPython prints for the official server's format strings. */
  @ParameterizedTest
  @CsvSource({"5.0, +5.0h", "5.75, +5.75h", "5.5, +5.5h", "-3.5, -3.5h", "0.0, +0.0h",
      "-10.75, -10.75h", "0.3333333333333333, +0.33h", "0.125, +0.12h", "0.375, +0.38h",
      "-0.001, -0h", "14.0, +14.0h", "-26.0, -26.0h"})
  void hoursAsPythonFormatsThem(double hours, String expected) {
    assertThat(TimeConversion.hours(hours)).isEqualTo(expected);
  }
}
