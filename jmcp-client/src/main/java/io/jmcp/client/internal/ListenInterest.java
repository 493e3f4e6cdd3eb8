package io.jmcp.client.internal;

/**
 * Which list changes the client's listeners care about: in 2026-07-28 they only arrive on a
 * {@code subscriptions/listen} stream the client opens for them.
 */
public record ListenInterest(boolean tools, boolean prompts, boolean resources) {

  public static final ListenInterest NONE = new ListenInterest(false, false, false);

  public boolean any() {
    return tools || prompts || resources;
  }
}
