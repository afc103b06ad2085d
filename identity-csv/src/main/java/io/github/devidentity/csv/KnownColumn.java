package io.github.devidentity.csv;

import java.util.List;
import java.util.Locale;

/** A column a file format understands, implemented by each format's column enum. */
interface KnownColumn {

  /** The enum constant's name. */
  String name();

  /** The name the format writes in its header, lower case; by default the constant's name. */
  default String header() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Every name that selects this column in a header read ignoring case: the header and aliases. */
  default List<String> names() {
    return List.of(header());
  }
}
