package io.github.devidentity.mailmap;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.devidentity.csv.IdentityRecordsCsv;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.RecordId;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * One project of {@code shared/data/mailmap}: its git identities, its own {@code .mailmap} and,
 * from git itself, the person each identity maps to.
 */
record SharedMailmapData(String name, List<IdentityRecord> records, Mailmap mailmap,
    Map<RecordId, String> personOf, Map<String, GitIdentity> persons) {

  static final Path ROOT = Path.of("..", "..", "shared", "data", "mailmap");

  /** Every project that has the files, by name. */
  static List<String> projects() {
    if (!Files.isDirectory(ROOT)) {
      return List.of();
    }
    try (Stream<Path> dirs = Files.list(ROOT)) {
      return dirs.filter(dir -> Files.isRegularFile(dir.resolve("mailmap.txt")))
          .map(dir -> dir.getFileName().toString()).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SharedMailmapData load(String name) {
    Path dir = ROOT.resolve(name);
    Map<RecordId, String> personOf = new LinkedHashMap<>();
    for (CSVRecord row : rows(dir.resolve("truth.csv"))) {
      personOf.put(RecordId.of(row.get("record_id")), row.get("person_id"));
    }
    Map<String, GitIdentity> persons = new LinkedHashMap<>();
    for (CSVRecord row : rows(dir.resolve("persons.csv"))) {
      persons.put(row.get("person_id"), GitIdentity.of(row.get("name"), row.get("email")));
    }
    return new SharedMailmapData(name, IdentityRecordsCsv.read(dir.resolve("records.csv")),
        Mailmap.read(dir.resolve("mailmap.txt")), personOf, persons);
  }

  /** The records of each person with more than one record: the pairs the mailmap joins. */
  List<List<RecordId>> joinedGroups() {
    Map<String, List<RecordId>> byPerson = new LinkedHashMap<>();
    personOf.forEach((record, person) -> byPerson.computeIfAbsent(person, key -> new ArrayList<>()).add(record));
    return byPerson.values().stream().filter(group -> group.size() > 1).collect(Collectors.toList());
  }

  private static List<CSVRecord> rows(Path file) {
    try (Reader reader = Files.newBufferedReader(file, UTF_8)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
