/**
 * devidentity core: the identity model, normalisation, correlation strategies, resolution and
 * decisions, licence counting. Free of I/O formats; depends on Guava and annotation jars only.
 */
module io.github.devidentity.core {
  requires transitive org.jspecify;
  requires com.google.common;

  exports io.github.devidentity;
  exports io.github.devidentity.model;
  exports io.github.devidentity.normalize;
  exports io.github.devidentity.match;
  exports io.github.devidentity.resolve;
  exports io.github.devidentity.decision;
  exports io.github.devidentity.org;
  exports io.github.devidentity.audit;
  exports io.github.devidentity.forget;
  exports io.github.devidentity.spi;
  exports io.github.devidentity.licence;
  exports io.github.devidentity.cloudid;

  uses io.github.devidentity.spi.IdentitySourceProvider;
}
