package io.github.devidentity.csv;

import java.util.List;

/** A column a file format understands, implemented by each format's column enum. */
interface KnownColumn {

  /** The name the format writes in its header, lower case: the first of {@link #names()}. */
  default String header() {
    return names().get(0);
  }

  /** Every name that selects this column in a header read ignoring case: the header, then aliases. */
  List<String> names();
}
