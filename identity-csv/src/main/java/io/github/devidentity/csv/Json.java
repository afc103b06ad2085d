package io.github.devidentity.csv;

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/** Writes the JSON of the reports; the module needs no JSON library for that. */
final class Json {
  private final StringBuilder json;
  private boolean first = true;

  private Json(StringBuilder json) {
    this.json = json;
  }

  /** Starts an object in {@code json}; {@link #end()} closes it. */
  static Json object(StringBuilder json) {
    json.append('{');
    return new Json(json);
  }

  /** Adds a member holding a string, or {@code null}. */
  Json string(String name, @Nullable String value) {
    name(name);
    if (value == null) {
      json.append("null");
    } else {
      string(json, value);
    }
    return this;
  }

  /** Adds a member holding a number. */
  Json number(String name, long value) {
    name(name);
    json.append(value);
    return this;
  }

  /** Adds a member holding an array, each item written by {@code item}. */
  <T> Json array(String name, List<T> items, BiConsumer<StringBuilder, T> item) {
    name(name);
    json.append('[');
    for (int i = 0; i < items.size(); i++) {
      json.append(i == 0 ? "" : ",");
      item.accept(json, items.get(i));
    }
    json.append(']');
    return this;
  }

  /** Closes the object. */
  void end() {
    json.append('}');
  }

  private void name(String name) {
    json.append(first ? "" : ",");
    first = false;
    string(json, name);
    json.append(':');
  }

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
