package io.github.devidentity.examples.generate;

/**
 * Receives generated records one at a time, in generation order, so that no more than one
 * person's records are held at once.
 *
 * <pre>{@code
 * List<GeneratedRecord> records = new ArrayList<>();
 * OrganisationGenerator.of(42).generate(1_000, records::add);
 * }</pre>
 */
@FunctionalInterface
public interface RecordSink {

  /** Takes one record. */
  void accept(GeneratedRecord record);
}
