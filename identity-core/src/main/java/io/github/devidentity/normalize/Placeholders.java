package io.github.devidentity.normalize;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;

/**
 * Values that say nothing about who someone is: empty names, {@code unknown}, {@code
 * root@localhost}, {@code noreply@github.com}, addresses on unconfigured hosts ({@code
 * user@host.(none)}). They never link records by themselves, because many unrelated people carry
 * them.
 */
public final class Placeholders {
  private static final ImmutableSet<String> NAMES = ImmutableSet.of(
      "", "unknown", "none", "nobody", "noname", "no name", "no author", "root", "admin",
      "administrator", "anonymous", "anon", "user", "username", "your name", "name", "author",
      "default", "localhost", "null", "nil", "n a", "na", "test", "tester", "system", "git", "github",
      "gitlab", "bitbucket", "ubuntu", "debian", "vagrant", "me", "someone", "somebody", "x", "xx",
      "xxx", "todo", "tbd", "dev", "developer", "guest", "www data", "build", "builder");

  private static final ImmutableSet<String> EMAIL_LOCAL_PARTS = ImmutableSet.of(
      "", "root", "nobody", "none", "noreply", "no-reply", "no_reply", "donotreply", "do-not-reply",
      "unknown", "devnull", "dev-null", "null", "nil", "user", "username", "your.email", "your_email",
      "youremail", "yourname", "your.name", "anonymous", "invalid", "localhost", "?", "email",
      "someone", "somebody");

  private static final ImmutableSet<String> EMAIL_DOMAINS = ImmutableSet.of(
      "", "localhost", "localhost.localdomain", "localdomain", "none", "(none)", "invalid", "?",
      "unknown", "nowhere", "nowhere.com", "null", "example.invalid", "email.com", "domain.com",
      "mail.com.invalid");

  private Placeholders() {}

  /**
   * Whether a name, already normalised by {@link Names#normalize}, is a placeholder.
   *
   * @param normalizedName the {@link PersonName#key()} of a name
   */
  public static boolean isPlaceholderName(String normalizedName) {
    return NAMES.contains(normalizedName);
  }

  /**
   * Whether a lower-cased address (local part and domain) is a placeholder: a shared or
   * meaningless local part ({@code root}, {@code noreply}, {@code devnull}…), or a host that is not
   * a mail domain ({@code localhost}, {@code *.(none)}, {@code *.localdomain}).
   */
  public static boolean isPlaceholderEmail(String localPart, String domain) {
    String local = localPart.toLowerCase(Locale.ROOT);
    String host = domain.toLowerCase(Locale.ROOT);
    return EMAIL_LOCAL_PARTS.contains(local)
        || EMAIL_DOMAINS.contains(host)
        || host.endsWith(".(none)")
        || host.endsWith(".localdomain")
        || host.endsWith(".invalid");
  }
}
