package io.github.devidentity.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.spi.SyncResult;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class InMemorySourceTest {
  private final Records hr = new Records(IntegrationType.CUSTOM, "hr");
  private final InMemorySource source =
      InMemorySource.of(hr.integration(), hr.records("a", "b", "c", "d", "e"));

  @Test
  void sync_nullCursor_deliversAllAndCountsThem() {
    List<IdentityRecord> delivered = new ArrayList<>();

    SyncResult result = source.sync(null, delivered::add);

    assertThat(delivered).containsExactlyElementsOf(hr.records("a", "b", "c", "d", "e"));
    assertThat(result).isEqualTo(new SyncResult("5", true));
  }

  @Test
  void sync_cursor_deliversFromTheNextRecord() {
    List<IdentityRecord> delivered = new ArrayList<>();

    SyncResult result = source.sync("3", delivered::add);

    assertThat(delivered).containsExactlyElementsOf(hr.records("d", "e"));
    assertThat(result).isEqualTo(new SyncResult("5", true));
  }

  @Test
  void sync_cursorAtEnd_deliversNothing() {
    List<IdentityRecord> delivered = new ArrayList<>();

    SyncResult result = source.sync("5", delivered::add);

    assertThat(delivered).isEmpty();
    assertThat(result.cursor()).isEqualTo("5");
  }

  @Test
  void sync_emptySource_hasCursorZero() {
    InMemorySource empty = InMemorySource.of(hr.integration(), List.of());

    assertThat(empty.sync(null, record -> {})).isEqualTo(new SyncResult("0", true));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "abc", "-1", "+1", " 1", "1.0", "6", "99999999999", "٣"})
  void sync_badCursor_namesTheCursor(String cursor) {
    assertThatThrownBy(() -> source.sync(cursor, record -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cursor \""
                + cursor
                + "\" of custom:hr is not a record count; expected a whole number from 0 to 5");
  }

  @Test
  void of_recordOfOtherIntegration_namesRecordPositionAndBothIntegrations() {
    Records github = new Records(IntegrationType.GITHUB, "acme-github");
    List<IdentityRecord> records = List.of(hr.record("a"), github.record("ada"));

    assertThatThrownBy(() -> InMemorySource.of(hr.integration(), records))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "record acme-github:ada (record 2 of the source) belongs to integration"
                + " github:acme-github, but the source is of custom:hr");
  }

  @Test
  void withAppended_recordOfOtherIntegration_countsPositionFromTheStart() {
    Records other = new Records(IntegrationType.CUSTOM, "payroll");

    assertThatThrownBy(() -> source.withAppended(List.of(other.record("z"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("record 6 of the source");
  }

  @Test
  void withAppended_yieldsOldThenNewAndLeavesOriginalUnchanged() {
    InMemorySource grown = source.withAppended(hr.records("f"));
    List<IdentityRecord> fromGrown = new ArrayList<>();
    List<IdentityRecord> fromOriginal = new ArrayList<>();

    SyncResult result = grown.sync("5", fromGrown::add);
    source.sync(null, fromOriginal::add);

    assertThat(fromGrown).containsExactly(hr.record("f"));
    assertThat(result).isEqualTo(new SyncResult("6", true));
    assertThat(fromOriginal).hasSize(5);
    assertThat(grown.integration()).isEqualTo(source.integration());
  }

  @Test
  void of_copiesTheList() {
    List<IdentityRecord> records = new ArrayList<>(hr.records("a"));
    InMemorySource copy = InMemorySource.of(hr.integration(), records);

    records.add(hr.record("b"));

    assertThat(deliveredBy(copy, null)).containsExactly(hr.record("a"));
  }

  private static List<IdentityRecord> deliveredBy(InMemorySource source, @Nullable String cursor) {
    List<IdentityRecord> delivered = new ArrayList<>();
    source.sync(cursor, delivered::add);
    return delivered;
  }
}
