/**
 * devidentity CSV codecs: identity records, contributor assignments and the decision log, in
 * the plain CSV files people export, edit by hand and keep in version control; developers and
 * cloud ids (also as JSON) with a validation report of every problem.
 */
module io.github.devidentity.csv {
  requires transitive io.github.devidentity.core;
  requires org.apache.commons.csv;
  requires com.fasterxml.jackson.core;

  exports io.github.devidentity.csv;
  exports io.github.devidentity.mailmap;
}
