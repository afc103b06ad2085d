package io.github.devidentity.integrations;

import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.spi.IdentitySource;
import io.github.devidentity.spi.IdentitySourceProvider;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A {@link IntegrationType#CUSTOM} provider registered in this module's test {@code
 * META-INF/services}, to prove that {@link SourceRegistry#load()} finds providers. Its sources serve
 * one record per name in the required {@code logins} setting (comma-separated).
 */
public final class StubSourceProvider implements IdentitySourceProvider {

  /** Instantiated by {@link java.util.ServiceLoader}. */
  public StubSourceProvider() {}

  @Override
  public IntegrationType type() {
    return IntegrationType.CUSTOM;
  }

  @Override
  public IdentitySource create(String instance, Map<String, String> settings) {
    String logins = settings.get("logins");
    if (logins == null) {
      throw new IllegalArgumentException("setting \"logins\" is missing");
    }
    Records records = new Records(IntegrationType.CUSTOM, instance);
    List<String> names =
        Arrays.stream(logins.split(",")).map(String::trim).collect(Collectors.toList());
    return InMemorySource.of(
        records.integration(),
        names.stream().map(records::record).collect(Collectors.toList()));
  }
}
