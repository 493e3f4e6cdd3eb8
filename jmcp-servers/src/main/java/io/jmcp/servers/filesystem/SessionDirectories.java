package io.jmcp.servers.filesystem;

import io.jmcp.schema.roots.Root;
import io.jmcp.server.RequestContext;
import io.jmcp.server.ServerSession;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The allowed directories of each session (MCP "Roots"). A client that offers roots gets them
 * applied by the {@link RootsPolicy}. A client that promises change notifications is asked (the
 * SDK keeps its answer until the client says the roots changed), so a tool call after
 * {@code notifications/roots/list_changed} always sees the new roots; a client that does not is
 * asked once, when the session is initialized or by the first tool call, and again if it sends a
 * change notification anyway. A client without roots, or whose roots hold no usable directory,
 * gets the directories given at start. Each session has its own: one client's roots never widen
 * another's access. A 2026-07-28 request has no session: its roots are asked for each time.
 */
final class SessionDirectories {

  private static final Logger LOG = LoggerFactory.getLogger(SessionDirectories.class);

  private final AllowedDirectories configured;
  private final RootsPolicy policy;
  private final Map<String, Scope> scopes = new ConcurrentHashMap<>();

  /** One session's directories and the roots they were made from (null before any). */
  private static final class Scope {
    private final ReentrantLock lock = new ReentrantLock();
    private volatile AllowedDirectories current;
    private volatile @Nullable List<Root> roots;

    Scope(AllowedDirectories initial) {
      this.current = initial;
    }
  }

  SessionDirectories(AllowedDirectories configured, RootsPolicy policy) {
    this.configured = configured;
    this.policy = policy;
  }

  /** The directories for a tool call. */
  AllowedDirectories of(RequestContext context) {
    ServerSession session = context.session();
    if (!usesRoots(session)) {
      return configured;
    }
    if (!context.protocolVersion().isLegacy()) {
      // 2026-07-28 keeps nothing between requests and has no change notice: each call asks.
      return update(session, new Scope(configured), context::roots);
    }
    Scope scope = scope(session);
    if (scope.roots != null && !promisesChanges(session)) {
      return scope.current;
    }
    return update(session, scope, context::roots);
  }

  void initialized(ServerSession session) {
    if (usesRoots(session)) {
      update(session, scope(session), session::roots);
    }
  }

  void rootsChanged(ServerSession session) {
    if (usesRoots(session)) {
      update(session, scope(session), session::roots);
    }
  }

  private boolean usesRoots(ServerSession session) {
    return policy != RootsPolicy.IGNORE && session.clientCapabilities().roots() != null;
  }

  private static boolean promisesChanges(ServerSession session) {
    var roots = session.clientCapabilities().roots();
    return roots != null && Boolean.TRUE.equals(roots.listChanged());
  }

  /** Asks for the roots and, if they differ from the last ones, recomputes the directories. */
  private AllowedDirectories update(ServerSession session, Scope scope,
      Supplier<List<Root>> roots) {
    // A lock, not synchronized: asking blocks on the client, and may run on a virtual thread.
    scope.lock.lock();
    try {
      List<Root> offered;
      try {
        offered = roots.get();
      } catch (RuntimeException e) {
        LOG.warn("Session {}: could not get the client's roots ({}); keeping {}", session.id(),
            e.getMessage(), scope.current.describe());
        if (scope.roots == null) {
          scope.roots = List.of();
        }
        return scope.current;
      }
      if (!offered.equals(scope.roots)) {
        scope.current = fromRoots(session, offered);
        scope.roots = offered;
      }
      return scope.current;
    } finally {
      scope.lock.unlock();
    }
  }

  private Scope scope(ServerSession session) {
    Scope existing = scopes.get(session.id());
    if (existing != null) {
      return existing;
    }
    Scope created = new Scope(configured);
    Scope raced = scopes.putIfAbsent(session.id(), created);
    if (raced != null) {
      return raced;
    }
    session.closed().whenComplete((cause, error) -> scopes.remove(session.id()));
    return created;
  }

  private AllowedDirectories fromRoots(ServerSession session, List<Root> offered) {
    List<Path> directories = new ArrayList<>();
    for (Root root : offered) {
      Path directory = rootDirectory(root.uri());
      if (directory == null) {
        LOG.warn("Session {}: skipping root {}: not an accessible directory", session.id(),
            root.uri());
      } else {
        directories.add(directory);
      }
    }
    AllowedDirectories chosen = policy == RootsPolicy.WITHIN
        ? configured.narrowedTo(directories) : AllowedDirectories.ofReal(directories);
    if (chosen.isEmpty()) {
      LOG.info("Session {}: no usable roots; using the directories given at start: {}",
          session.id(), configured.describe());
      return configured;
    }
    LOG.info("Session {}: allowed directories from the client's roots: {}", session.id(),
        chosen.describe());
    return chosen;
  }

  /** The real directory a root names ({@code file://} URI or plain path), or null. */
  static @Nullable Path rootDirectory(String uri) {
    try {
      String path = uri.startsWith("file://") ? Path.of(URI.create(uri)).toString()
          : PathResolver.expandHome(uri);
      if (path.indexOf('\0') >= 0) {
        return null;
      }
      Path real = Path.of(path).toAbsolutePath().toRealPath();
      return Files.isDirectory(real) ? real : null;
    } catch (IOException | IllegalArgumentException | FileSystemNotFoundException e) {
      return null;
    }
  }
}
