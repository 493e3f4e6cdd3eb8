package io.jmcp.server.internal;

import io.jmcp.jsonrpc.RequestId;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.jspecify.annotations.Nullable;

/**
 * Where the questions of a 2025-11-25 task go: the spec has the requestor call
 * {@code tasks/result} early and receive the task's requests on that call's stream, so while a
 * {@code tasks/result} waits (on any connection) questions go there, tied to it; otherwise to the
 * session that created the task, on its own.
 */
final class TaskRoutes {

  /** A way to the requestor: a session, and the request the messages belong to (or none). */
  record Route(ServerConnection session, @Nullable RequestId related) {
  }

  /** An opened route; closing it stops sending there. */
  @FunctionalInterface
  interface Opened extends AutoCloseable {
    @Override
    void close();
  }

  private final Map<String, Deque<Route>> open = new ConcurrentHashMap<>();

  /** Sends the task's questions to {@code route} until the returned handle is closed. */
  Opened open(String taskId, Route route) {
    open.computeIfAbsent(taskId, id -> new ConcurrentLinkedDeque<>()).addLast(route);
    return () -> open.computeIfPresent(taskId, (id, routes) -> {
      routes.remove(route);
      return routes.isEmpty() ? null : routes;
    });
  }

  /** The newest open route of the task whose session still serves, else {@code origin}. */
  Route current(String taskId, ServerConnection origin) {
    Deque<Route> routes = open.get(taskId);
    if (routes != null) {
      var newestFirst = routes.descendingIterator();
      while (newestFirst.hasNext()) {
        Route route = newestFirst.next();
        if (route.session().isOperational()) {
          return route;
        }
      }
    }
    return new Route(origin, null);
  }
}
