package io.github.devidentity.benchmarks;

import io.github.devidentity.examples.generate.GeneratedRecord;
import io.github.devidentity.examples.generate.OrganisationGenerator;
import java.util.ArrayList;
import java.util.List;

/** The records every benchmark works on: one invented organisation, the same on every run. */
final class Workloads {
  /**
   * Fixed so that runs, machines and commits compare like with like; the default seed of {@code
   * identity-examples bench}, so both resolve the same organisation.
   */
  static final long SEED = 1;

  private Workloads() {}

  /**
   * The first {@code records} records of the organisation generated from {@link #SEED}.
   *
   * @throws IllegalArgumentException if {@code records} is negative
   */
  static List<GeneratedRecord> generate(int records) {
    List<GeneratedRecord> generated = new ArrayList<>(records);
    OrganisationGenerator.of(SEED).generate(records, generated::add);
    return generated;
  }
}
