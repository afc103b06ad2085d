package io.github.devidentity.csv;

import java.util.Locale;

/** Writes JSON string literals, for the reports; the module needs no JSON library for that. */
final class Json {
  private Json() {}

  /**
   * Appends {@code value} as a JSON string: quoted, with quotes, backslashes, control characters
   * and unpaired surrogates escaped, so any Java string survives a JSON parser unchanged.
   */
  static void string(StringBuilder json, String value) {
    json.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"':
          json.append("\\\"");
          break;
        case '\\':
          json.append("\\\\");
          break;
        case '\n':
          json.append("\\n");
          break;
        case '\r':
          json.append("\\r");
          break;
        case '\t':
          json.append("\\t");
          break;
        default:
          if (c < 0x20 || isUnpairedSurrogate(value, i)) {
            json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            json.append(c);
          }
      }
    }
    json.append('"');
  }

  private static boolean isUnpairedSurrogate(String value, int i) {
    char c = value.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(value.charAt(i - 1));
    }
    return false;
  }
}
