package io.jmcp.servers.everything;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;

/** Tiny but valid media for the image and audio examples. */
final class SampleMedia {

  /** A 1x1 PNG. */
  static final byte[] PNG = Base64.getDecoder().decode(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

  /** A 0.1 s, 8 kHz, 8-bit mono WAV of a 440 Hz tone. */
  static final byte[] WAV = wav();

  private SampleMedia() {
  }

  private static byte[] wav() {
    int rate = 8000;
    byte[] samples = new byte[rate / 10];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (byte) (128 + 100 * Math.sin(2 * Math.PI * 440 * i / rate));
    }
    ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
    header.put("RIFF".getBytes()).putInt(36 + samples.length).put("WAVE".getBytes());
    header.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1)
        .putInt(rate).putInt(rate).putShort((short) 1).putShort((short) 8);
    header.put("data".getBytes()).putInt(samples.length);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(header.array());
    out.writeBytes(samples);
    return out.toByteArray();
  }
}
