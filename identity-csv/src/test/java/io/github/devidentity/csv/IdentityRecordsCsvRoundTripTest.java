package io.github.devidentity.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded property test: each case is reproducible from its seed. */
final class IdentityRecordsCsvRoundTripTest {
  /** Pieces chosen to stress CSV quoting, trimming and Unicode; none holds the email separator. */
  private static final String[] PIECES = {
    "Ada", "Lovelace", "José", "Müller", "李", "😀", "a@example.org", "x", "0", "-", " ", ",", "\"",
    "\"\"", "\n", "\r\n", "\r", "\t", "#", "'", "=1+2", "\uFEFF", ":", "\\", "null", "true",
  };
  private static final IntegrationType[] TYPES = IntegrationType.values();

  static Stream<Long> seeds() {
    SplittableRandom root = new SplittableRandom(0x1D5EEDL);
    return IntStream.range(0, 300).mapToObj(i -> root.nextLong());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void readOfWrite_returnsTheRecords(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<IdentityRecord> records = randomRecords(random);
    StringWriter out = new StringWriter();

    IdentityRecordsCsv.write(records, out);
    List<IdentityRecord> again = IdentityRecordsCsv.read(new StringReader(out.toString()), "seed-" + seed);

    assertThat(again).isEqualTo(records);
  }

  private static List<IdentityRecord> randomRecords(SplittableRandom random) {
    int count = random.nextInt(6);
    List<IdentityRecord> records = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      IdentityRecord.Builder builder = IdentityRecord.builder(
              RecordId.of(i + text(random, "id")), integration(random))
          .displayName(maybe(random))
          .login(maybe(random))
          .accountId(maybe(random))
          .activityCount(random.nextInt(10) == 0 ? Long.MAX_VALUE : random.nextLong(1_000_000))
          .bot(random.nextBoolean());
      for (int e = random.nextInt(4); e > 0; e--) {
        builder.email(text(random, "@"));
      }
      Instant first = random.nextBoolean() ? instant(random) : null;
      Instant last = random.nextBoolean() ? instant(random) : null;
      if (first != null && last != null && last.isBefore(first)) {
        Instant swap = first;
        first = last;
        last = swap;
      }
      records.add(builder.firstSeen(first).lastSeen(last).build());
    }
    return records;
  }

  private static Integration integration(SplittableRandom random) {
    IntegrationType type = TYPES[random.nextInt(TYPES.length)];
    return random.nextBoolean() ? Integration.of(type) : Integration.of(type, text(random, "i"));
  }

  private static @Nullable String maybe(SplittableRandom random) {
    return random.nextInt(4) == 0 ? null : text(random, "");
  }

  /** Random pieces glued together, starting with {@code stem} so ids and instances stay non-blank. */
  private static String text(SplittableRandom random, String stem) {
    StringBuilder text = new StringBuilder(stem);
    for (int n = random.nextInt(5); n > 0; n--) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return text.toString();
  }

  private static Instant instant(SplittableRandom random) {
    Instant instant = Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 4_000_000_000L));
    return random.nextBoolean() ? instant : instant.plusNanos(random.nextInt(1_000_000_000));
  }
}
