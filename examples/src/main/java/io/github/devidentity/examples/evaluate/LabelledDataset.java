package io.github.devidentity.examples.evaluate;

import io.github.devidentity.IdentityException;
import io.github.devidentity.InvalidInputException;
import io.github.devidentity.csv.IdentityRecordsCsv;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.RecordId;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * One labelled dataset: identity records, the person each belongs to, and what the scorer needs
 * to tell unknown pairs from false ones.
 *
 * <p>The mailmap datasets hold {@code records.csv}, {@code truth.csv} ({@code record_id,person_id})
 * and {@code persons.csv} ({@code person_id,name,email,...}, the canonical identity the mailmap
 * maps to). A generated dataset holds only records and truth; then no pair is unknown by name and
 * every person counts as curated.
 */
final class LabelledDataset {
  final String name;
  final List<IdentityRecord> records;
  final Map<RecordId, String> personOf;
  /** Canonical name per person, when the dataset has persons.csv. */
  final Map<String, String> canonicalName;
  /** Persons some record of which the mailmap rewrote; all persons when there is no persons.csv. */
  final Set<String> curated;

  private LabelledDataset(String name, List<IdentityRecord> records, Map<RecordId, String> personOf,
      Map<String, String> canonicalName, Set<String> curated) {
    this.name = name;
    this.records = records;
    this.personOf = personOf;
    this.canonicalName = canonicalName;
    this.curated = curated;
  }

  /** A dataset from its parts; for tests. */
  static LabelledDataset of(String name, List<IdentityRecord> records, Map<RecordId, String> personOf,
      Map<String, String> canonicalName, Set<String> curated) {
    return new LabelledDataset(name, records, personOf, canonicalName, curated);
  }

  /** Reads a mailmap dataset directory. */
  static LabelledDataset readMailmapDirectory(Path directory) {
    List<IdentityRecord> records = IdentityRecordsCsv.read(directory.resolve("records.csv"));
    Map<RecordId, String> personOf = readTruth(directory.resolve("truth.csv"));
    Map<String, String> canonicalName = new HashMap<>();
    Map<String, String> canonicalEmail = new HashMap<>();
    Path persons = directory.resolve("persons.csv");
    forEachRow(persons, row -> {
      canonicalName.put(row.get("person_id"), row.get("name"));
      canonicalEmail.put(row.get("person_id"), row.get("email"));
    });
    Set<String> curated = new HashSet<>();
    for (IdentityRecord record : records) {
      String person = personOf.get(record.id());
      if (person == null) {
        throw new InvalidInputException(directory.resolve("truth.csv").toString(), 0, 0, "record_id",
            "record " + record.id() + " of records.csv has no person");
      }
      String name = record.displayName().orElse("");
      String email = record.emails().isEmpty() ? "" : record.emails().get(0);
      if (!name.equals(canonicalName.get(person)) || !email.equals(canonicalEmail.get(person))) {
        curated.add(person);
      }
    }
    return new LabelledDataset(directory.getFileName().toString(), records, personOf, canonicalName, curated);
  }

  /** A generated dataset: records and their truth, with every person counted as curated. */
  static LabelledDataset generated(Path recordsFile, Path truthFile) {
    List<IdentityRecord> records = IdentityRecordsCsv.read(recordsFile);
    Map<RecordId, String> personOf = readTruth(truthFile);
    for (IdentityRecord record : records) {
      if (!personOf.containsKey(record.id())) {
        throw new InvalidInputException(truthFile.toString(), 0, 0, "record_id",
            "record " + record.id() + " of " + recordsFile + " has no person");
      }
    }
    personOf.keySet().retainAll(records.stream().map(IdentityRecord::id).collect(java.util.stream.Collectors.toSet()));
    return new LabelledDataset(recordsFile.getFileName().toString(), records, personOf, Map.of(),
        new HashSet<>(personOf.values()));
  }

  static Map<RecordId, String> readTruth(Path file) {
    Map<RecordId, String> truth = new HashMap<>();
    forEachRow(file, row -> truth.put(RecordId.of(row.get("record_id")), row.get("person_id")));
    return truth;
  }

  private static void forEachRow(Path file, java.util.function.Consumer<CSVRecord> action) {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord row : format.parse(reader)) {
        action.accept(row);
      }
    } catch (IOException e) {
      throw new IdentityException("cannot read " + file + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new InvalidInputException(file.toString(), 0, 0, null, e.getMessage(), e);
    }
  }

  /** The lower-cased raw emails of each record, for the shared-email rule of the scorer. */
  Map<RecordId, List<String>> rawEmails() {
    Map<RecordId, List<String>> emails = new HashMap<>();
    for (IdentityRecord record : records) {
      List<String> lower = new ArrayList<>();
      for (String email : record.emails()) {
        lower.add(email.toLowerCase(java.util.Locale.ROOT));
      }
      if (lower.isEmpty()) {
        // git records without an address share the empty one.
        lower.add("");
      }
      emails.put(record.id(), lower);
    }
    return emails;
  }
}
