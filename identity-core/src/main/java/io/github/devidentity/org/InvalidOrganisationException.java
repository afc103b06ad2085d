package io.github.devidentity.org;

import io.github.devidentity.IdentityException;
import java.util.List;

/**
 * The developers and memberships do not make an organisation; {@link #problems()} lists every
 * problem found, not only the first, so a person can fix them in one pass.
 *
 * <p>The message names the first problem and how many more there are.
 */
public final class InvalidOrganisationException extends IdentityException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // an immutable List.copyOf list, serializable in practice
  private final List<OrgProblem> problems;

  InvalidOrganisationException(List<OrgProblem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  private static String message(List<OrgProblem> problems) {
    int more = problems.size() - 1;
    return "the organisation has " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
        + ": " + problems.get(0) + (more == 0 ? "" : "; and " + more + " more");
  }

  /** Every problem, ordered developers first, then memberships, each by position, then by code. */
  public List<OrgProblem> problems() {
    return problems;
  }
}
