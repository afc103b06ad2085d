package io.github.devidentity.normalize;

import static java.util.Objects.requireNonNull;

import io.github.devidentity.normalize.EmailAddress.Status;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Normalises email addresses.
 *
 * <pre>{@code
 * EmailAddress email = Emails.normalize(" <MAILTO:Ada@Example.ORG> ");
 * email.normalized(); // "ada@example.org"
 * Emails.normalize("12345+octocat@users.noreply.github.com").noreplyAddress(); // github.com octocat 12345
 * }</pre>
 */
public final class Emails {
  private static final String NOREPLY_PREFIX = "users.noreply.";

  private Emails() {}

  /**
   * Normalises one address: trims, removes a {@code mailto:} prefix, surrounding angle brackets or
   * quotes and a leading {@code Name <…>}, lower-cases, and classifies it. Provider noreply
   * addresses ({@code 12345+login@users.noreply.github.com}, {@code login@users.noreply.github.com},
   * {@code 123-login@users.noreply.gitlab.com}) carry the login and id they stand for.
   */
  public static EmailAddress normalize(String raw) {
    requireNonNull(raw, "raw");
    String value = unwrap(raw.trim()).toLowerCase(Locale.ROOT);
    if (value.isEmpty()) {
      return new EmailAddress(raw, value, Status.PLACEHOLDER, null);
    }
    if (hasWhitespace(value)) {
      // "Daniel Müllner muellner@math.stanford.edu": a name typed before the address.
      String[] words = value.split("\\s+");
      String last = words[words.length - 1];
      if (last.indexOf('@') > 0 && value.indexOf('@') == value.length() - last.length() + last.indexOf('@')) {
        EmailAddress address = normalize(last);
        if (address.status() != Status.INVALID) {
          return new EmailAddress(raw, address.normalized(), address.status(), address.noreply());
        }
      }
      return new EmailAddress(raw, value, Status.INVALID, null);
    }
    int at = value.lastIndexOf('@');
    if (at <= 0 || at == value.length() - 1 || value.indexOf('@') != at) {
      return new EmailAddress(raw, value, Status.INVALID, null);
    }
    String local = value.substring(0, at);
    String domain = value.substring(at + 1);
    NoreplyAddress noreply = noreply(local, domain);
    if (noreply != null) {
      return new EmailAddress(raw, value, Status.VALID, noreply);
    }
    Status status = Placeholders.isPlaceholderEmail(local, domain) ? Status.PLACEHOLDER : Status.VALID;
    return new EmailAddress(raw, value, status, null);
  }

  private static String unwrap(String value) {
    String result = value;
    int open = result.lastIndexOf('<');
    int close = result.lastIndexOf('>');
    if (open >= 0 && close > open) {
      result = result.substring(open + 1, close);
    }
    result = result.trim();
    if (result.regionMatches(true, 0, "mailto:", 0, 7)) {
      result = result.substring(7).trim();
    }
    while (result.length() >= 2
        && (result.charAt(0) == '"' || result.charAt(0) == '\'')
        && result.charAt(result.length() - 1) == result.charAt(0)) {
      result = result.substring(1, result.length() - 1).trim();
    }
    return result;
  }

  private static boolean hasWhitespace(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isWhitespace(value.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable NoreplyAddress noreply(String local, String domain) {
    if (!domain.startsWith(NOREPLY_PREFIX) || domain.length() == NOREPLY_PREFIX.length()) {
      return null;
    }
    String provider = domain.substring(NOREPLY_PREFIX.length());
    // GitHub puts "<id>+" in front of the login, GitLab "<id>-"; older GitHub addresses have no id.
    char separator = provider.contains("gitlab") ? '-' : '+';
    int split = local.indexOf(separator);
    String login = local;
    String id = null;
    if (split > 0 && split < local.length() - 1 && isDigits(local, 0, split)) {
      login = local.substring(split + 1);
      id = local.substring(0, split);
    }
    // A login the provider would not issue ("w5430404+lphuc2250gma" pasted wrong) names nobody.
    return LOGIN.matcher(login).matches() ? new NoreplyAddress(provider, login, id) : null;
  }

  /** Provider logins: letters, digits, single inner dashes, dots or underscores; an optional [bot]. */
  private static final java.util.regex.Pattern LOGIN =
      java.util.regex.Pattern.compile("[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?(?:\\[bot\\])?");

  private static boolean isDigits(String value, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
