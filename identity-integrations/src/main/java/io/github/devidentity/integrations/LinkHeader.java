package io.github.devidentity.integrations;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads RFC 8288 {@code Link} headers, as GitHub and GitLab paginate. */
final class LinkHeader {
  private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*((?:;\\s*[^;,]*)*)");

  private LinkHeader() {}

  /** The target of the link with {@code rel="next"}, if any. */
  static Optional<URI> next(Optional<String> header) {
    if (header.isEmpty()) {
      return Optional.empty();
    }
    Matcher link = LINK.matcher(header.get());
    while (link.find()) {
      for (String parameter : link.group(2).split(";")) {
        String[] pair = parameter.trim().split("=", 2);
        if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("rel")) {
          for (String rel : pair[1].trim().replace("\"", "").split("\\s+")) {
            if (rel.equalsIgnoreCase("next")) {
              return Optional.of(URI.create(link.group(1).trim()));
            }
          }
        }
      }
    }
    return Optional.empty();
  }
}
