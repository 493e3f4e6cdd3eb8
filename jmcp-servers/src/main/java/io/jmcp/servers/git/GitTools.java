package io.jmcp.servers.git;

import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.server.McpServerBuilder;
import io.jmcp.server.RequestContext;
import java.io.IOException;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.jspecify.annotations.Nullable;

/**
 * Runs the git tools: each call confines {@code repo_path} to the allowed area, opens the
 * repository, does its one thing and closes it. Results carry the official server's text; a
 * refused or failed call is an {@code isError} result whose text says why.
 */
final class GitTools {

  /** The official server's default for {@code context_lines}. */
  static final int DEFAULT_CONTEXT_LINES = 3;
  private static final int MAX_CONTEXT_LINES = 1_000_000;

  private final RepositoryScope scope;

  GitTools(RepositoryScope scope) {
    this.scope = scope;
  }

  @FunctionalInterface
  private interface Operation {
    String run(Repository repository, ToolArguments arguments)
        throws IOException, GitAPIException;
  }

  void register(McpServerBuilder builder) {
    for (Tool tool : GitToolDefinitions.all()) {
      builder.tool(tool, (arguments, context) ->
          call(operation(tool.name()), new ToolArguments(arguments), context));
    }
  }

  private Operation operation(String name) {
    return switch (name) {
      case "git_status" -> (repository, args) ->
          "Repository status:\n" + chomp(StatusReport.of(repository, headTree(repository)));
      case "git_diff_unstaged" -> (repository, args) -> "Unstaged changes:\n"
          + chomp(Diffs.unstaged(repository, contextLines(args)));
      case "git_diff_staged" -> (repository, args) -> "Staged changes:\n"
          + chomp(Diffs.staged(repository, headTree(repository), contextLines(args)));
      case "git_diff" -> (repository, args) -> {
        String target = args.string("target");
        return "Diff with " + target + ":\n"
            + chomp(Diffs.againstWorkTree(repository, target, contextLines(args)));
      };
      case "git_commit" -> (repository, args) ->
          WriteOperations.commit(repository, args.string("message"));
      case "git_add" -> (repository, args) ->
          WriteOperations.add(repository, args.strings("files"));
      case "git_reset" -> (repository, args) -> WriteOperations.reset(repository);
      case "git_log" -> (repository, args) -> CommitHistory.log(repository,
          args.integer("max_count", 10, 0, Integer.MAX_VALUE),
          args.optionalString("start_timestamp"), args.optionalString("end_timestamp"));
      case "git_create_branch" -> (repository, args) -> WriteOperations.createBranch(
          repository, args.string("branch_name"), args.optionalString("base_branch"));
      case "git_checkout" -> (repository, args) ->
          WriteOperations.checkout(repository, args.string("branch_name"));
      case "git_show" -> (repository, args) ->
          CommitHistory.show(repository, args.string("revision"));
      case "git_branch" -> (repository, args) -> chomp(BranchListing.list(repository,
          args.string("branch_type"), args.optionalString("contains"),
          args.optionalString("not_contains")));
      default -> throw new IllegalArgumentException("Unknown tool: " + name);
    };
  }

  private CallToolResult call(Operation operation, ToolArguments arguments,
      RequestContext context) {
    try (Repository repository = scope.open(arguments.string("repo_path"), context)) {
      return CallToolResult.text(operation.run(repository, arguments));
    } catch (GitInputException e) {
      return CallToolResult.error(e.getMessage());
    } catch (GitAPIException | IOException | org.eclipse.jgit.api.errors.JGitInternalException
        | UnsupportedOperationException e) {
      return CallToolResult.error("git failed: " + e.getMessage());
    }
  }

  private static int contextLines(ToolArguments arguments) {
    return arguments.integer("context_lines", DEFAULT_CONTEXT_LINES, 0, MAX_CONTEXT_LINES);
  }

  /** HEAD's tree, or null before the first commit. */
  static @Nullable RevTree headTree(Repository repository) throws IOException {
    ObjectId head = repository.resolve(Constants.HEAD + "^{commit}");
    if (head == null) {
      return null;
    }
    try (RevWalk walk = new RevWalk(repository)) {
      return walk.parseCommit(head).getTree();
    }
  }

  /** GitPython strips one trailing newline from git's output; so does the official server. */
  static String chomp(String text) {
    return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
  }

  /** The three diff tools. */
  static final class Diffs {

    private Diffs() {
    }

    static String unstaged(Repository repository, int context) throws IOException {
      try (ObjectReader reader = repository.newObjectReader()) {
        return write(repository, reader,
            new ChangeScanner(repository, reader).indexToWorkTree(), context);
      }
    }

    static String staged(Repository repository, @Nullable RevTree head, int context)
        throws IOException {
      try (ObjectReader reader = repository.newObjectReader()) {
        return write(repository, reader,
            new ChangeScanner(repository, reader).headToIndex(head), context);
      }
    }

    static String againstWorkTree(Repository repository, String target, int context)
        throws IOException {
      ObjectId treeId = Revisions.tree(repository, "target", target);
      try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
        RevTree tree = walk.parseTree(treeId);
        return write(repository, reader,
            new ChangeScanner(repository, reader).treeToWorkTree(tree), context);
      }
    }

    private static String write(Repository repository, ObjectReader reader,
        Comparison comparison, int context) throws IOException {
      UnifiedDiffWriter writer = new UnifiedDiffWriter(reader, comparison.contents(),
          repository.getConfig(), context);
      return writer.write(comparison.entries(reader, repository.getConfig(), true),
          OutputLimit.standard());
    }
  }
}
