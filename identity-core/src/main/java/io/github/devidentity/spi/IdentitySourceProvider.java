package io.github.devidentity.spi;

import io.github.devidentity.model.IntegrationType;
import java.util.Map;

/**
 * Creates {@link IdentitySource identity sources} of one integration type from configuration.
 * Register implementations with {@link java.util.ServiceLoader} ({@code
 * META-INF/services/io.github.devidentity.spi.IdentitySourceProvider} or {@code provides} in
 * {@code module-info}) so hosts find them by type.
 */
public interface IdentitySourceProvider {

  /** The integration type this provider's sources read. */
  IntegrationType type();

  /**
   * Creates a source.
   *
   * @param instance the host's name for the integration, e.g. {@code acme-github}
   * @param settings provider-specific settings, e.g. {@code baseUrl}, {@code org}
   * @throws IllegalArgumentException if a required setting is missing or malformed; the message
   *     names the setting
   */
  IdentitySource create(String instance, Map<String, String> settings);
}
