package io.github.devidentity.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.normalize.NormalizedRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class KeyIndexTest {
  private static final String[] POOL = {"ab", "ba", "a b", "ab ", "", "x", "smith", "smyth", "fl john smith",
    "fl john smyth", "é", "e", "\u0000", "ld jon smth", "ws jon smith", "a\u0000b"};

  static Stream<Long> seeds() {
    return IntStream.range(0, 200).mapToObj(i -> 0x1DE8L * 7 + i);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void of_groupsKeysAsAMapOfStringsWould(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    // More records than one unit of parallel work, so chunks are merged.
    int n = random.nextBoolean() ? 1 + random.nextInt(50) : 8192 + random.nextInt(9000);
    NormalizedRecord[] records = records(n);
    boolean[] skip = new boolean[n];
    List<List<String>> given = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      skip[i] = random.nextInt(10) == 0;
      List<String> keys = new ArrayList<>();
      for (int k = random.nextInt(4); k > 0; k--) {
        keys.add(random.nextInt(3) == 0 ? "k" + random.nextInt(n) : POOL[random.nextInt(POOL.length)]);
      }
      given.add(keys);
    }
    Map<String, List<Integer>> expected = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      if (skip[i]) {
        continue;
      }
      for (String key : given.get(i)) {
        List<Integer> members = expected.computeIfAbsent(key, k -> new ArrayList<>());
        if (members.isEmpty() || members.get(members.size() - 1) != i) {
          members.add(i);
        }
      }
    }

    KeyIndex index = KeyIndex.of(records, skip, (record, sink) -> given.get(indexOf(record)).forEach(sink), null);

    assertThat(index.size()).isEqualTo(expected.size());
    Set<Integer> numbers = new HashSet<>();
    for (Map.Entry<String, List<Integer>> entry : expected.entrySet()) {
      int number = index.find(entry.getKey());
      assertThat(number).isNotNegative();
      assertThat(numbers.add(number)).isTrue();
      assertThat(toList(index.members(number))).isEqualTo(entry.getValue());
    }
    List<Integer> visited = new ArrayList<>();
    index.forEachKey(visited::add);
    assertThat(new HashSet<>(visited)).isEqualTo(numbers);
    assertThat(index.find("never given")).isEqualTo(-1);
  }

  @Test
  void of_withOnly_keepsTheKeysTheOtherIndexHolds() {
    NormalizedRecord[] records = records(4);
    boolean[] skip = new boolean[4];
    Map<Integer, List<String>> probes = Map.of(0, List.of("john"), 1, List.of("ada"), 2, List.of(), 3, List.of());
    Map<Integer, List<String>> held = Map.of(0, List.of(), 1, List.of("john", "bea"), 2, List.of("john"), 3, List.of("bea"));
    KeyIndex probed = KeyIndex.of(records, skip, (record, sink) -> probes.get(indexOf(record)).forEach(sink), null);

    KeyIndex holders = KeyIndex.of(records, skip, (record, sink) -> held.get(indexOf(record)).forEach(sink), probed);

    assertThat(holders.size()).isEqualTo(1);
    assertThat(toList(holders.members(holders.find("john")))).containsExactly(1, 2);
    assertThat(holders.find(probed, probed.find("john"))).isEqualTo(holders.find("john"));
    assertThat(holders.find(probed, probed.find("ada"))).isEqualTo(-1);
  }

  @Test
  void hash_separatesEveryShortString() {
    char[] alphabet = {'a', 'b', ' ', '\u0000', 'é', '\uFFFF'};
    Set<String> hashes = new HashSet<>();
    int count = 0;
    for (int length = 0; length <= 5; length++) {
      for (String text : strings(alphabet, length)) {
        hashes.add(KeyIndex.hash(text) + "/" + KeyIndex.hash(text, 0xC2B2AE3D27D4EB4FL));
        count++;
      }
    }
    assertThat(hashes).hasSize(count);
  }

  private static List<String> strings(char[] alphabet, int length) {
    List<String> result = new ArrayList<>(List.of(""));
    for (int i = 0; i < length; i++) {
      List<String> longer = new ArrayList<>();
      for (String prefix : result) {
        for (char c : alphabet) {
          longer.add(prefix + c);
        }
      }
      result = longer;
    }
    return result;
  }

  private static NormalizedRecord[] records(int n) {
    NormalizedRecord[] records = new NormalizedRecord[n];
    for (int i = 0; i < n; i++) {
      records[i] = NormalizedRecord.of(IdentityRecord.builder(RecordId.of("r" + i), Integration.of(IntegrationType.GIT))
          .email("p" + i + "@example.org").build());
    }
    return records;
  }

  private static int indexOf(NormalizedRecord record) {
    return Integer.parseInt(record.record().id().value().substring(1));
  }

  private static List<Integer> toList(IntList list) {
    List<Integer> values = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      values.add(list.get(i));
    }
    return values;
  }
}
