package io.github.devidentity.integrations;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.IdentityException;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.spi.IdentitySource;
import io.github.devidentity.spi.IdentitySourceProvider;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@link IdentitySourceProvider identity source providers} a host can use, at most one per
 * {@link IntegrationType}; creates sources by type. Immutable and thread-safe.
 *
 * <pre>{@code
 * SourceRegistry registry = SourceRegistry.load();
 * IdentitySource github = registry.create(
 *     IntegrationType.GITHUB, "acme-github", Map.of("org", "acme"));
 * }</pre>
 */
public final class SourceRegistry {
  private final Map<IntegrationType, IdentitySourceProvider> providers;

  private SourceRegistry(Map<IntegrationType, IdentitySourceProvider> providers) {
    this.providers = providers;
  }

  /**
   * Finds the providers registered with {@link ServiceLoader}, through the current thread's context
   * class loader (or this class's loader when the thread has none).
   *
   * @throws IllegalArgumentException if two providers serve one integration type; the message
   *     names both classes
   * @throws java.util.ServiceConfigurationError if a registered provider cannot be loaded or
   *     instantiated
   */
  public static SourceRegistry load() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = SourceRegistry.class.getClassLoader();
    }
    List<IdentitySourceProvider> found = new ArrayList<>();
    ServiceLoader.load(IdentitySourceProvider.class, loader).forEach(found::add);
    return of(found);
  }

  /**
   * A registry of exactly these providers.
   *
   * @throws IllegalArgumentException if two providers serve one integration type (the message
   *     names both classes), or a provider has no type
   */
  public static SourceRegistry of(List<IdentitySourceProvider> providers) {
    requireNonNull(providers, "providers");
    Map<IntegrationType, IdentitySourceProvider> byType = new EnumMap<>(IntegrationType.class);
    for (int i = 0; i < providers.size(); i++) {
      IdentitySourceProvider provider = providers.get(i);
      if (provider == null) {
        throw new NullPointerException("providers[" + i + "] is null");
      }
      IntegrationType type = provider.type();
      if (type == null) {
        throw new IllegalArgumentException(
            "provider " + provider.getClass().getName() + " returned no integration type");
      }
      IdentitySourceProvider earlier = byType.putIfAbsent(type, provider);
      if (earlier != null) {
        throw new IllegalArgumentException(
            "integration type "
                + type.displayName()
                + " is served by two providers, "
                + earlier.getClass().getName()
                + " and "
                + provider.getClass().getName()
                + "; keep only one of them on the class path");
      }
    }
    return new SourceRegistry(Collections.unmodifiableMap(byType));
  }

  /** The integration types some provider serves, in {@link IntegrationType} order. */
  public Set<IntegrationType> types() {
    return providers.keySet();
  }

  /**
   * Creates a source of {@code type} through its provider.
   *
   * @param type the kind of tool
   * @param instance the host's name for the integration, e.g. {@code acme-github}
   * @param settings provider-specific settings, e.g. {@code baseUrl}, {@code org}
   * @throws IllegalArgumentException if no provider serves {@code type} (the message lists the
   *     types that are served), if {@code instance} is blank, or if the provider rejects the
   *     settings (the message names the integration and, from the provider, the setting)
   * @throws IdentityException if the provider returns no source, or one of another integration
   */
  public IdentitySource create(IntegrationType type, String instance, Map<String, String> settings) {
    requireNonNull(type, "type");
    requireNonNull(instance, "instance");
    requireNonNull(settings, "settings");
    IdentitySourceProvider provider = providers.get(type);
    if (provider == null) {
      throw new IllegalArgumentException(
          "no identity source provider serves integration type "
              + type.displayName()
              + "; registered types: "
              + describeTypes()
              + ". Put a provider for it on the class path or module path");
    }
    Integration expected = Integration.of(type, instance);
    // A copy, so a provider can neither change the host's map nor see later changes to it.
    Map<String, String> copy = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    IdentitySource source;
    try {
      source = provider.create(expected.instance(), copy);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("integration " + expected + ": " + e.getMessage(), e);
    }
    if (source == null) {
      throw new IdentityException(
          "provider " + provider.getClass().getName() + " returned no source for " + expected);
    }
    Integration actual = source.integration();
    if (!expected.equals(actual)) {
      throw new IdentityException(
          "provider "
              + provider.getClass().getName()
              + " was asked for a source of "
              + expected
              + " but returned one of "
              + actual);
    }
    return source;
  }

  @Override
  public String toString() {
    return "SourceRegistry" + providers.keySet();
  }

  private String describeTypes() {
    return providers.isEmpty()
        ? "none"
        : providers.keySet().stream()
            .map(IntegrationType::displayName)
            .collect(Collectors.joining(", "));
  }
}
