package io.github.devidentity.model;

import static java.util.Objects.requireNonNull;

/**
 * One configured integration: its type and the instance name the host gave it, e.g. GitHub
 * {@code acme-github}.
 *
 * <p>Two integrations of one type with different instance names are different account spaces:
 * account {@code 42} in {@code acme-github} and in {@code partner-github} are unrelated.
 *
 * @param type the kind of tool
 * @param instance the host's name for this installation; trimmed, never blank
 */
public record Integration(IntegrationType type, String instance) implements Comparable<Integration> {

  /**
   * Validates and trims.
   *
   * @throws IllegalArgumentException if {@code instance} is blank
   */
  public Integration {
    requireNonNull(type, "type");
    requireNonNull(instance, "instance");
    instance = instance.trim();
    if (instance.isEmpty()) {
      throw new IllegalArgumentException("integration instance name is blank; give the name the host uses");
    }
  }

  /** The integration of a type under its default instance name, the type's display name. */
  public static Integration of(IntegrationType type) {
    return new Integration(type, type.displayName());
  }

  /** The integration of a type under an instance name. */
  public static Integration of(IntegrationType type, String instance) {
    return new Integration(type, instance);
  }

  /**
   * Parses {@code type} or {@code type:instance}, e.g. {@code github:acme-github}; the type
   * follows {@link IntegrationType#parse}.
   *
   * @throws IllegalArgumentException if the type is unknown or the instance blank
   */
  public static Integration parse(String text) {
    int colon = text.indexOf(':');
    if (colon < 0) {
      return of(IntegrationType.parse(text));
    }
    return new Integration(
        IntegrationType.parse(text.substring(0, colon)), text.substring(colon + 1));
  }

  @Override
  public int compareTo(Integration other) {
    int byType = type.compareTo(other.type);
    return byType != 0 ? byType : instance.compareTo(other.instance);
  }

  /**
   * {@code type:instance}, or just {@code type} for the default instance: the form {@link #parse}
   * reads.
   */
  @Override
  public String toString() {
    return instance.equals(type.displayName()) ? type.displayName() : type.displayName() + ":" + instance;
  }
}
