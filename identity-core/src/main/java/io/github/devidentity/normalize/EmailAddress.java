package io.github.devidentity.normalize;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An email address as given and as normalised, with what kind of address it is.
 *
 * <p>Made by {@link Emails#normalize}. An invalid or placeholder address is kept and flagged, never
 * dropped: it is still shown to people, it only never links records.
 *
 * @param raw the value as the tool gave it
 * @param normalized trimmed, unwrapped ({@code mailto:}, angle brackets, quotes) and lower-cased
 * @param status whether the address can link records
 * @param noreply the provider login and id it encodes, for provider noreply addresses
 */
public record EmailAddress(
    String raw, String normalized, Status status, @Nullable NoreplyAddress noreply) {

  /** What kind of address this is. */
  public enum Status {
    /** A usable personal or work address. */
    VALID,
    /** Syntactically an address, but shared or meaningless: never links records by itself. */
    PLACEHOLDER,
    /** Not an address at all. */
    INVALID
  }

  /** Checks that the parts are present. */
  public EmailAddress {
    requireNonNull(raw, "raw");
    requireNonNull(normalized, "normalized");
    requireNonNull(status, "status");
  }

  /** Whether the address may link records: valid and not a placeholder. */
  public boolean isLinkable() {
    return status == Status.VALID;
  }

  /** The provider login this noreply address encodes, if it is one. */
  public Optional<NoreplyAddress> noreplyAddress() {
    return Optional.ofNullable(noreply);
  }

  /** The part before the {@code @}, or the whole value when there is none. */
  public String localPart() {
    int at = normalized.lastIndexOf('@');
    return at < 0 ? normalized : normalized.substring(0, at);
  }

  /** The part after the {@code @}, or empty when there is none. */
  public String domain() {
    int at = normalized.lastIndexOf('@');
    return at < 0 ? "" : normalized.substring(at + 1);
  }
}
