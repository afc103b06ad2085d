package io.github.devidentity.csv;

import java.util.List;

/** A column a file format understands, implemented by each format's column enum. */
interface KnownColumn {

  /** The name the format writes in its header, lower case. */
  String header();

  /** Every name that selects this column in a header read ignoring case: the header and aliases. */
  List<String> names();
}
