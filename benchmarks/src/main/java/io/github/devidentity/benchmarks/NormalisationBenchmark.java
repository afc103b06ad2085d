package io.github.devidentity.benchmarks;

import io.github.devidentity.examples.generate.GeneratedRecord;
import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.normalize.EmailAddress;
import io.github.devidentity.normalize.Emails;
import io.github.devidentity.normalize.Handles;
import io.github.devidentity.normalize.NormalizedRecord;
import io.github.devidentity.normalize.Names;
import io.github.devidentity.normalize.PersonName;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Measures the time to normalise one record, the first step of every resolution: {@link
 * NormalizedRecord#of} on a whole identity record, and {@link Names#normalize} and {@link
 * Emails#normalize} on its display name and email alone.
 *
 * <p>{@link NormalizedRecord#of} normalises emails, the display name and provider logins; handles
 * and full names are derived on first use, by the strategies. {@link #normalizedRecordWithFeatures}
 * adds that derivation, so the difference between the two is its cost (which {@link
 * BlockingBenchmark} leaves out).
 *
 * <p>Each operation normalises the next value of the generated organisation, round robin, so the
 * score is the mean time per record (or per name, per address) over realistic data: accents,
 * "Last, First", noreply addresses, placeholders. {@code records} sets how many distinct values
 * are cycled through; larger sets miss the CPU caches more often.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class NormalisationBenchmark {

  /** How many generated records are cycled through. */
  @Param({"10000", "100000"})
  int records;

  private IdentityRecord[] identityRecords = new IdentityRecord[0];
  private String[] names = new String[0];
  private String[] emails = new String[0];
  private int nextRecord;
  private int nextName;
  private int nextEmail;

  /** Generates the records once, and collects their non-empty names and emails. */
  @Setup(Level.Trial)
  public void generate() {
    List<GeneratedRecord> generated = Workloads.generate(records);
    identityRecords = generated.stream().map(GeneratedRecord::toIdentityRecord).toArray(IdentityRecord[]::new);
    // Absent values are empty strings in generated records; normalising "" would flatter the score.
    names = generated.stream().map(GeneratedRecord::name).filter(s -> !s.isEmpty()).toArray(String[]::new);
    emails = generated.stream().map(GeneratedRecord::email).filter(s -> !s.isEmpty()).toArray(String[]::new);
    if (identityRecords.length == 0 || names.length == 0 || emails.length == 0) {
      throw new IllegalStateException(
          "records is " + records + "; expected enough records to hold at least one name and one email");
    }
  }

  /** Normalises one whole record: emails, noreply addresses, names, handles, provider logins. */
  @Benchmark
  public NormalizedRecord normalizedRecord() {
    IdentityRecord record = identityRecords[nextRecord];
    nextRecord = nextRecord + 1 == identityRecords.length ? 0 : nextRecord + 1;
    return NormalizedRecord.of(record);
  }

  /** Normalises one whole record and derives its handles, full names and derived handles. */
  @Benchmark
  public List<Handles.Derived> normalizedRecordWithFeatures(Blackhole blackhole) {
    IdentityRecord record = identityRecords[nextRecord];
    nextRecord = nextRecord + 1 == identityRecords.length ? 0 : nextRecord + 1;
    NormalizedRecord normalized = NormalizedRecord.of(record);
    blackhole.consume(normalized.handles());
    // Derived handles come from the full names, which come from the full name: one call asks all.
    return normalized.derivedHandles();
  }

  /** Normalises one display name. */
  @Benchmark
  public PersonName name() {
    String name = names[nextName];
    nextName = nextName + 1 == names.length ? 0 : nextName + 1;
    return Names.normalize(name);
  }

  /** Normalises one email address. */
  @Benchmark
  public EmailAddress email() {
    String email = emails[nextEmail];
    nextEmail = nextEmail + 1 == emails.length ? 0 : nextEmail + 1;
    return Emails.normalize(email);
  }
}
