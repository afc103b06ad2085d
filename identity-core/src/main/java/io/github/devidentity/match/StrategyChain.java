package io.github.devidentity.match;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An ordered, immutable list of correlation strategies with unique names.
 *
 * <p>Order matters only for ties: when two strategies link the same pair with the same
 * confidence, the earlier one's evidence is shown first. Hosts add, remove, replace and reorder
 * strategies, each call returning a new chain.
 *
 * <pre>{@code
 * StrategyChain chain = StrategyChain.defaults()
 *     .without(SameFullNameStrategy.NAME)
 *     .with(new SameEmployeeNumber());
 * }</pre>
 */
public final class StrategyChain {
  private final ImmutableList<CorrelationStrategy> strategies;

  private StrategyChain(List<CorrelationStrategy> strategies) {
    Set<String> names = new HashSet<>();
    for (CorrelationStrategy strategy : strategies) {
      requireNonNull(strategy, "strategy");
      if (!names.add(strategy.name())) {
        throw new IllegalArgumentException(
            "strategy name \"" + strategy.name() + "\" appears twice in the chain; names must be unique");
      }
    }
    this.strategies = ImmutableList.copyOf(strategies);
  }

  /**
   * The default chain: same cloud id, the same Atlassian account in Jira Cloud and Bitbucket
   * Cloud, same provider login, same email, same full name, name
   * variants, same handle, handles built from names, and machine logins. Each strategy's Javadoc gives its rules
   * and the reasons for them.
   */
  public static StrategyChain defaults() {
    return of(
        new SameCloudIdStrategy(),
        new AtlassianAccountStrategy(),
        new SameLoginStrategy(),
        new SameEmailStrategy(),
        new SameFullNameStrategy(),
        new NameVariantStrategy(),
        new SameHandleStrategy(),
        new NameHandleStrategy(),
        new MachineLoginStrategy());
  }

  /**
   * A chain of exactly these strategies, in order.
   *
   * @throws IllegalArgumentException if two strategies share a name
   */
  public static StrategyChain of(CorrelationStrategy... strategies) {
    return new StrategyChain(List.of(strategies));
  }

  /**
   * A chain of exactly these strategies, in order.
   *
   * @throws IllegalArgumentException if two strategies share a name
   */
  public static StrategyChain of(List<? extends CorrelationStrategy> strategies) {
    return new StrategyChain(new ArrayList<>(strategies));
  }

  /** The strategies in order. */
  public List<CorrelationStrategy> strategies() {
    return strategies;
  }

  /** The strategy with this name, if the chain has it. */
  public Optional<CorrelationStrategy> get(String name) {
    return strategies.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /**
   * This chain with a strategy appended.
   *
   * @throws IllegalArgumentException if the chain already has a strategy of that name
   */
  public StrategyChain with(CorrelationStrategy strategy) {
    List<CorrelationStrategy> list = new ArrayList<>(strategies);
    list.add(requireNonNull(strategy, "strategy"));
    return new StrategyChain(list);
  }

  /**
   * This chain with a strategy inserted before the named one.
   *
   * @throws IllegalArgumentException if there is no strategy named {@code before}, or the chain
   *     already has one named like {@code strategy}
   */
  public StrategyChain withBefore(String before, CorrelationStrategy strategy) {
    List<CorrelationStrategy> list = new ArrayList<>(strategies);
    list.add(indexOf(before), requireNonNull(strategy, "strategy"));
    return new StrategyChain(list);
  }

  /**
   * This chain without the named strategy.
   *
   * @throws IllegalArgumentException if there is no strategy of that name
   */
  public StrategyChain without(String name) {
    List<CorrelationStrategy> list = new ArrayList<>(strategies);
    list.remove(indexOf(name));
    return new StrategyChain(list);
  }

  /**
   * This chain with the named strategy replaced in place.
   *
   * @throws IllegalArgumentException if there is no strategy of that name
   */
  public StrategyChain replacing(String name, CorrelationStrategy strategy) {
    List<CorrelationStrategy> list = new ArrayList<>(strategies);
    list.set(indexOf(name), requireNonNull(strategy, "strategy"));
    return new StrategyChain(list);
  }

  /**
   * This chain with the named strategy moved to a position (0 is first).
   *
   * @throws IllegalArgumentException if there is no strategy of that name
   * @throws IndexOutOfBoundsException if {@code position} is outside the chain
   */
  public StrategyChain moving(String name, int position) {
    List<CorrelationStrategy> list = new ArrayList<>(strategies);
    CorrelationStrategy strategy = list.remove(indexOf(name));
    list.add(position, strategy);
    return new StrategyChain(list);
  }

  private int indexOf(String name) {
    for (int i = 0; i < strategies.size(); i++) {
      if (strategies.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException(
        "no strategy named \"" + name + "\" in the chain; it has " + names());
  }

  private List<String> names() {
    List<String> names = new ArrayList<>();
    strategies.forEach(s -> names.add(s.name()));
    return names;
  }

  @Override
  public String toString() {
    return "StrategyChain" + names();
  }
}
