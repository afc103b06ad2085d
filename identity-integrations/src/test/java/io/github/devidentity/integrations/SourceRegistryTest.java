package io.github.devidentity.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.devidentity.IdentityException;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.spi.IdentitySource;
import io.github.devidentity.spi.IdentitySourceProvider;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class SourceRegistryTest {

  @Test
  void load_findsProviderRegisteredInMetaInfServices() {
    SourceRegistry registry = SourceRegistry.load();

    assertThat(registry.types()).containsExactly(IntegrationType.CUSTOM);
  }

  @Test
  void load_createdSourceYieldsWhatProviderServes() {
    IdentitySource source =
        SourceRegistry.load().create(IntegrationType.CUSTOM, "hr", Map.of("logins", "ada, grace"));

    List<IdentityRecord> records = new ArrayList<>();
    source.sync(null, records::add);
    assertThat(source.integration()).isEqualTo(Integration.of(IntegrationType.CUSTOM, "hr"));
    assertThat(records)
        .extracting(record -> record.login().orElseThrow())
        .containsExactly("ada", "grace");
  }

  @Test
  void load_withoutContextClassLoader_usesOwnLoader() {
    Thread thread = Thread.currentThread();
    ClassLoader saved = thread.getContextClassLoader();
    thread.setContextClassLoader(null);
    try {
      assertThat(SourceRegistry.load().types()).containsExactly(IntegrationType.CUSTOM);
    } finally {
      thread.setContextClassLoader(saved);
    }
  }

  @Test
  void create_unservedType_namesTypeAndListsRegisteredTypes() {
    SourceRegistry registry =
        SourceRegistry.of(
            List.of(new FixedProvider(IntegrationType.JIRA_CLOUD), new StubSourceProvider()));

    assertThatThrownBy(() -> registry.create(IntegrationType.GITLAB, "acme-gitlab", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("integration type gitlab")
        .hasMessageContaining("registered types: jira-cloud, custom");
  }

  @Test
  void create_emptyRegistry_saysNoTypesAreRegistered() {
    SourceRegistry registry = SourceRegistry.of(List.of());

    assertThat(registry.types()).isEmpty();
    assertThatThrownBy(() -> registry.create(IntegrationType.GITHUB, "acme", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("integration type github")
        .hasMessageContaining("registered types: none");
  }

  @Test
  void of_twoProvidersForOneType_namesBothClasses() {
    List<IdentitySourceProvider> providers =
        List.of(new StubSourceProvider(), new FixedProvider(IntegrationType.CUSTOM));

    assertThatThrownBy(() -> SourceRegistry.of(providers))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("integration type custom")
        .hasMessageContaining(StubSourceProvider.class.getName())
        .hasMessageContaining(FixedProvider.class.getName());
  }

  @Test
  void create_providerRejectsSettings_namesIntegrationAndSetting() {
    SourceRegistry registry = SourceRegistry.of(List.of(new StubSourceProvider()));

    assertThatThrownBy(() -> registry.create(IntegrationType.CUSTOM, "hr", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("integration custom:hr: setting \"logins\" is missing");
  }

  @Test
  void create_trimsInstanceBeforeAskingProvider() {
    SourceRegistry registry = SourceRegistry.of(List.of(new StubSourceProvider()));

    IdentitySource source = registry.create(IntegrationType.CUSTOM, "  hr ", Map.of("logins", "a"));

    assertThat(source.integration().instance()).isEqualTo("hr");
  }

  @Test
  void create_providerReturnsSourceOfOtherIntegration_throws() {
    IdentitySourceProvider lying = new FixedProvider(IntegrationType.GITHUB);
    SourceRegistry registry = SourceRegistry.of(List.of(lying));

    assertThatThrownBy(() -> registry.create(IntegrationType.GITHUB, "acme-github", Map.of()))
        .isInstanceOf(IdentityException.class)
        .hasMessageContaining(FixedProvider.class.getName())
        .hasMessageContaining("github:acme-github")
        .hasMessageContaining("github:fixed");
  }

  @Test
  void create_providerCannotChangeHostSettings() {
    Map<String, String> settings = new HashMap<>(Map.of("logins", "ada"));
    IdentitySourceProvider mutating =
        new IdentitySourceProvider() {
          @Override
          public IntegrationType type() {
            return IntegrationType.CUSTOM;
          }

          @Override
          public IdentitySource create(String instance, Map<String, String> given) {
            given.put("logins", "mallory");
            throw new AssertionError("the settings map should be read-only");
          }
        };
    SourceRegistry registry = SourceRegistry.of(List.of(mutating));

    assertThatThrownBy(() -> registry.create(IntegrationType.CUSTOM, "hr", settings))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(settings).containsExactly(Map.entry("logins", "ada"));
  }

  @Test
  void types_isUnmodifiable() {
    SourceRegistry registry = SourceRegistry.of(List.of(new StubSourceProvider()));

    assertThatThrownBy(() -> registry.types().add(IntegrationType.GIT))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  /** Serves one type, always with an empty source of instance {@code fixed}. */
  private static final class FixedProvider implements IdentitySourceProvider {
    private final IntegrationType type;

    FixedProvider(IntegrationType type) {
      this.type = type;
    }

    @Override
    public IntegrationType type() {
      return type;
    }

    @Override
    public IdentitySource create(String instance, Map<String, String> settings) {
      return InMemorySource.of(Integration.of(type, "fixed"), List.of());
    }
  }
}
