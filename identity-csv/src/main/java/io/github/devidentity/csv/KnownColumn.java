package io.github.devidentity.csv;

import java.util.List;
import java.util.Locale;

/** A column a file format understands, implemented by each format's column enum. */
interface KnownColumn {

  /** The enum constant's name. */
  String name();

  /** The name the format writes in its header, lower case: the first of {@link #names()}. */
  default String header() {
    return names().get(0);
  }

  /**
   * Every name that selects this column in a header read ignoring case: the header, then aliases;
   * by default only the constant's name in lower case.
   */
  default List<String> names() {
    return List.of(name().toLowerCase(Locale.ROOT));
  }
}
