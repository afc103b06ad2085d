package io.github.devidentity.resolve;

import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.normalize.NameRelation;
import io.github.devidentity.normalize.NormalizedRecord;
import io.github.devidentity.normalize.PersonName;
import io.github.devidentity.normalize.NormalizedRecord.ProviderLogin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Union-find over record indexes that also tracks, per cluster, what the guards need: the
 * accounts it holds, whether it holds bots and people, and never-link constraints.
 */
final class Clusters {
  private static final int MAX_NAMES = 8;

  private final int[] parent;
  private final int[] size;
  private final boolean[] hasBot;
  private final boolean[] hasHuman;
  /** Account claims per root; null when the cluster holds none (most git-only clusters). */
  private final List<@Nullable List<Claim>> claims;
  /** Never-link partners per record. */
  private final Map<Integer, List<Integer>> separatedFrom = new HashMap<>();
  /** Full names per root, a few distinct ones; null when the cluster has none. */
  private final List<@Nullable List<PersonName>> fullNames;
  /** Per root, the members that have never-link partners; null when none. */
  private final Map<Integer, List<Integer>> constrained = new HashMap<>();

  Clusters(IdentityRecord[] records, NormalizedRecord[] normalized) {
    int n = records.length;
    parent = new int[n];
    size = new int[n];
    hasBot = new boolean[n];
    hasHuman = new boolean[n];
    claims = new ArrayList<>(n);
    fullNames = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<PersonName> names = normalized[i].fullNames();
      fullNames.add(names.isEmpty() ? null : new ArrayList<>(names));
      parent[i] = i;
      size[i] = 1;
      hasBot[i] = normalized[i].isBot();
      hasHuman[i] = !normalized[i].isBot();
      claims.add(claimsOf(records[i], normalized[i]));
    }
  }

  private static @Nullable List<Claim> claimsOf(IdentityRecord record, NormalizedRecord normalized) {
    List<Claim> result = null;
    IntegrationType type = record.integration().type();
    // GitHub accounts are claimed through their provider login, which carries the numeric id.
    boolean gitHub = type == IntegrationType.GITHUB || type == IntegrationType.GITHUB_ENTERPRISE;
    if (!gitHub && type.hasAccountIds() && record.accountId().isPresent()) {
      result = new ArrayList<>(2);
      result.add(new Claim(record.integration().toString(), null, record.accountId().get()));
    }
    for (ProviderLogin login : normalized.providerLogins()) {
      if (result == null) {
        result = new ArrayList<>(2);
      }
      Claim claim = new Claim(login.namespace(), login.login(), login.accountId());
      if (!result.contains(claim)) {
        result.add(claim);
      }
    }
    return result;
  }

  int find(int i) {
    int root = i;
    while (parent[root] != root) {
      root = parent[root];
    }
    while (parent[i] != root) {
      int next = parent[i];
      parent[i] = root;
      i = next;
    }
    return root;
  }

  /** Joins the clusters of a and b; false when they were one already. */
  boolean union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) {
      return false;
    }
    if (size[ra] < size[rb]) {
      int t = ra;
      ra = rb;
      rb = t;
    }
    parent[rb] = ra;
    size[ra] += size[rb];
    hasBot[ra] |= hasBot[rb];
    hasHuman[ra] |= hasHuman[rb];
    List<Claim> from = claims.get(rb);
    if (from != null) {
      List<Claim> into = claims.get(ra);
      if (into == null) {
        claims.set(ra, from);
      } else {
        for (Claim claim : from) {
          if (!into.contains(claim)) {
            into.add(claim);
          }
        }
      }
      claims.set(rb, null);
    }
    List<PersonName> names = fullNames.get(rb);
    if (names != null) {
      List<PersonName> into = fullNames.get(ra);
      if (into == null) {
        fullNames.set(ra, names);
      } else {
        for (PersonName name : names) {
          if (into.size() < MAX_NAMES && into.stream().noneMatch(n -> n.key().equals(name.key()))) {
            into.add(name);
          }
        }
      }
      fullNames.set(rb, null);
    }
    List<Integer> movedConstraints = constrained.remove(rb);
    if (movedConstraints != null) {
      constrained.computeIfAbsent(ra, k -> new ArrayList<>()).addAll(movedConstraints);
    }
    return true;
  }

  /** Records a never-link constraint between two records (and so their clusters). */
  void separate(int a, int b) {
    separatedFrom.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
    separatedFrom.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
    constrained.computeIfAbsent(find(a), k -> new ArrayList<>()).add(a);
    constrained.computeIfAbsent(find(b), k -> new ArrayList<>()).add(b);
  }

  /** Whether a never-link constraint keeps the clusters of a and b apart. */
  boolean separated(int a, int b) {
    if (constrained.isEmpty()) {
      return false;
    }
    int ra = find(a);
    int rb = find(b);
    List<Integer> members = constrained.get(ra);
    if (members == null || constrained.get(rb) == null) {
      return false;
    }
    for (int member : members) {
      for (int partner : separatedFrom.get(member)) {
        if (find(partner) == rb) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Why joining the clusters of a and b would join two different people's names, or null: when
   * both hold full names and no name of one is compatible with any name of the other. The lenient
   * check, for strong links such as a shared address, accepts a compatible first name ("Mike
   * Toews", "Mike Taves") or a shared surname ("Luke Peterson", "Dale Lukas Peterson"); the
   * strict one, for links built from names and handles, wants the same person's name written
   * differently ({@link NameRelation#of} not {@code CONFLICT}): "Markus Meister" and "Markus
   * Mohrhard", or "Andrew Cross" and "Abigail Cross", stay apart.
   */
  @Nullable String nameConflict(int a, int b, boolean lenient) {
    List<PersonName> left = fullNames.get(find(a));
    List<PersonName> right = fullNames.get(find(b));
    if (left == null || right == null) {
      return null;
    }
    for (PersonName x : left) {
      for (PersonName y : right) {
        boolean compatible = lenient
            ? !NameRelation.contradicts(x, y) || shareSurname(x, y)
            : NameRelation.of(x, y) != NameRelation.CONFLICT;
        if (compatible) {
          return null;
        }
      }
    }
    return "would join different people's names: \"" + left.get(0).raw().trim() + "\" and \""
        + right.get(0).raw().trim() + "\"";
  }

  private static boolean shareSurname(PersonName x, PersonName y) {
    List<String> a = x.parts();
    List<String> b = y.parts();
    for (int i = 1; i < a.size(); i++) {
      if (a.get(i).length() >= 3 && b.subList(1, b.size()).contains(a.get(i))) {
        return true;
      }
    }
    return false;
  }

  /** Why joining the clusters of a and b would be unsafe, or null when it is safe. */
  @Nullable String conflict(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if ((hasBot[ra] && hasHuman[rb]) || (hasHuman[ra] && hasBot[rb])) {
      return "would join a bot with a person";
    }
    List<Claim> left = claims.get(ra);
    List<Claim> right = claims.get(rb);
    if (left == null || right == null) {
      return null;
    }
    for (Claim x : left) {
      for (Claim y : right) {
        if (x.conflicts(y)) {
          return "would join two different " + x.namespace + " accounts: " + x + " and " + y;
        }
      }
    }
    return null;
  }

  /** An account a cluster holds: a namespace with a login and/or an account id. */
  static final class Claim {
    final String namespace;
    final @Nullable String login;
    final @Nullable String id;

    Claim(String namespace, @Nullable String login, @Nullable String id) {
      this.namespace = namespace;
      this.login = login;
      this.id = id;
    }

    boolean conflicts(Claim other) {
      if (!namespace.equals(other.namespace)) {
        return false;
      }
      boolean loginsDiffer = login != null && other.login != null && !login.equals(other.login);
      boolean idsDiffer = id != null && other.id != null && !id.equals(other.id);
      return loginsDiffer || idsDiffer;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      if (!(o instanceof Claim)) {
        return false;
      }
      Claim that = (Claim) o;
      return namespace.equals(that.namespace) && Objects.equals(login, that.login) && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
      return Objects.hash(namespace, login, id);
    }

    @Override
    public String toString() {
      if (login != null && id != null) {
        return login + " (#" + id + ")";
      }
      return login != null ? login : "#" + id;
    }
  }
}
