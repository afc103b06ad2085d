package io.github.devidentity.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class StrategyChainTest {

  private static List<String> names(StrategyChain chain) {
    return chain.strategies().stream().map(CorrelationStrategy::name).collect(Collectors.toList());
  }

  @Test
  void defaults_holdTheBuiltInStrategies() {
    assertThat(names(StrategyChain.defaults())).containsExactly("same-cloud-id", "atlassian-account", "same-login",
        "same-email", "same-full-name", "name-variant", "same-handle", "name-handle", "machine-login");
  }

  @Test
  void chain_addsRemovesReplacesAndReorders() {
    StrategyChain chain = StrategyChain.defaults()
        .without(SameFullNameStrategy.NAME)
        .withBefore(SameLoginStrategy.NAME, new SameFullNameStrategy(0.6))
        .moving(SameCloudIdStrategy.NAME, 3)
        .replacing(SameEmailStrategy.NAME, new SameEmailStrategy(0.9));

    assertThat(names(chain)).containsExactly("atlassian-account", "same-full-name", "same-login", "same-cloud-id",
        "same-email", "name-variant", "same-handle", "name-handle", "machine-login");
    assertThat(chain.get(SameEmailStrategy.NAME)).isPresent();
    assertThat(names(StrategyChain.defaults())).hasSize(9);
  }

  @Test
  void chain_rejectsDuplicateAndUnknownNames() {
    assertThatThrownBy(() -> StrategyChain.defaults().with(new SameEmailStrategy()))
        .hasMessage("strategy name \"same-email\" appears twice in the chain; names must be unique");
    assertThatThrownBy(() -> StrategyChain.defaults().without("same-phone"))
        .hasMessage("no strategy named \"same-phone\" in the chain; it has [same-cloud-id, atlassian-account, "
            + "same-login, same-email, same-full-name, name-variant, same-handle, name-handle, machine-login]");
  }
}
