package io.jmcp.servers.git;

import java.io.IOException;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/** Resolves the revisions tools are given (a hash, branch, tag, {@code HEAD~2}), refusing option look-alikes. */
final class Revisions {

  private Revisions() {
  }

  /** The commit {@code value} names; {@code what} names the argument in messages. */
  static ObjectId commit(Repository repository, String what, String value) throws IOException {
    return resolve(repository, what, value, "^{commit}", "commit");
  }

  /** The tree of the commit (or the tree) {@code value} names. */
  static ObjectId tree(Repository repository, String what, String value) throws IOException {
    return resolve(repository, what, value, "^{tree}", "commit");
  }

  private static ObjectId resolve(Repository repository, String what, String value,
      String peel, String kind) throws IOException {
    ArgumentRules.revision(what, value);
    ObjectId id;
    try {
      id = repository.resolve(value + peel);
    } catch (AmbiguousObjectException e) {
      throw new GitInputException("Invalid " + what + ": '" + value + "' is an ambiguous short "
          + "hash; give more characters");
    } catch (RevisionSyntaxException | IncorrectObjectTypeException e) {
      id = null;
    }
    if (id == null) {
      throw new GitInputException("Invalid " + what + ": '" + value + "' is not a " + kind
          + ", branch or tag in this repository");
    }
    return id;
  }
}
