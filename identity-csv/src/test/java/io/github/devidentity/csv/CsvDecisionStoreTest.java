package io.github.devidentity.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.devidentity.IdentityException;
import io.github.devidentity.InvalidInputException;
import io.github.devidentity.decision.Decision;
import io.github.devidentity.decision.DecisionLog;
import io.github.devidentity.model.RecordId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

final class CsvDecisionStoreTest {
  private static final String HEADER = "kind,first,second,actor,at,note\n";
  private static final Instant AT = Instant.parse("2026-11-22T10:15:30Z");
  private static final RecordId A = RecordId.of("gh-1");
  private static final RecordId B = RecordId.of("git-7");

  @TempDir Path dir;

  private CsvDecisionStore store() {
    return CsvDecisionStore.at(dir.resolve("decisions.csv"));
  }

  private CsvDecisionStore storeHolding(String text) throws IOException {
    CsvDecisionStore store = store();
    Files.writeString(store.file(), text, UTF_8);
    return store;
  }

  private static List<Decision> everyKind() {
    return List.of(
        new Decision.Merge(A, B, "alice", AT, "same person, per HR"),
        new Decision.Split(A, "bob", AT.plusSeconds(1), "said \"not me\""),
        new Decision.NeverLink(A, B, "carol", AT.plusSeconds(2), "namesakes:\nline two\r\nline three"),
        new Decision.AcceptReview(B, A, "auto", AT.plusNanos(5), ""),
        new Decision.RejectReview(A, B, "dave, jr.", AT.plusSeconds(4), "#not a comment"),
        new Decision.BotOverride(A, true, "erin", AT.plusSeconds(5), "release automation"),
        new Decision.BotOverride(B, false, "erin", AT.plusSeconds(6), "a person named Bot"));
  }

  @Test
  void load_missingFileIsEmpty() {
    assertThat(store().load()).isEqualTo(DecisionLog.empty());
    assertThat(Files.exists(store().file())).isFalse();
  }

  @Test
  void load_emptyFileIsEmpty() throws IOException {
    assertThat(storeHolding("").load()).isEqualTo(DecisionLog.empty());
  }

  @Test
  void append_thenLoad_roundTripsEveryKind() {
    CsvDecisionStore store = store();

    store.append(everyKind());

    assertThat(store.load().decisions()).containsExactlyElementsOf(everyKind());
    assertThat(CsvDecisionStore.at(store.file()).load().decisions()).containsExactlyElementsOf(everyKind());
  }

  @Test
  void append_writesHeaderOnceAndReadableRows() throws IOException {
    CsvDecisionStore store = store();

    store.append(List.of(new Decision.Merge(A, B, "alice", AT, "same person, per HR")));
    store.append(List.of(new Decision.Split(A, "bob", AT, "")));

    assertThat(Files.readString(store.file(), UTF_8)).isEqualTo(HEADER
        + "MERGE,gh-1,git-7,alice,2026-11-22T10:15:30Z,\"same person, per HR\"\n"
        + "SPLIT,gh-1,,bob,2026-11-22T10:15:30Z,\n");
  }

  @Test
  void append_twiceKeepsOrderAndExistingBytes() throws IOException {
    CsvDecisionStore store = store();
    List<Decision> all = everyKind();
    store.append(all.subList(0, 2));
    byte[] before = Files.readAllBytes(store.file());

    store.append(all.subList(2, all.size()));

    assertThat(store.load().decisions()).containsExactlyElementsOf(all);
    byte[] after = Files.readAllBytes(store.file());
    assertThat(after).startsWith(before);
  }

  @Test
  void rewrite_replacesTheLogAndLeavesNoTemporaryFile() throws IOException {
    CsvDecisionStore store = store();
    List<Decision> all = everyKind();
    store.append(all);
    DecisionLog kept = DecisionLog.of(all.subList(1, 3));

    store.rewrite(kept);

    assertThat(store.load()).isEqualTo(kept);
    try (var files = Files.list(store.file().toAbsolutePath().getParent())) {
      assertThat(files).containsExactly(store.file().toAbsolutePath());
    }
    store.append(all.subList(0, 1));
    assertThat(store.load().decisions()).containsExactly(all.get(1), all.get(2), all.get(0));
  }

  @Test
  void append_nothingLeavesNoFile() {
    CsvDecisionStore store = store();

    store.append(List.of());

    assertThat(Files.exists(store.file())).isFalse();
  }

  @Test
  void append_addsMissingLineBreakAndFollowsExistingColumnOrder() throws IOException {
    CsvDecisionStore store = storeHolding(
        "Note,KIND,first,second,at,actor,extra\r\n"
            + "hand written,merge,r1,r2,2020-01-01T00:00:00Z,eve,x");

    store.append(List.of(new Decision.NeverLink(A, B, "alice", AT, "later")));

    assertThat(Files.readString(store.file(), UTF_8)).isEqualTo(
        "Note,KIND,first,second,at,actor,extra\r\n"
            + "hand written,merge,r1,r2,2020-01-01T00:00:00Z,eve,x\n"
            + "later,NEVER_LINK,gh-1,git-7,2026-11-22T10:15:30Z,alice,\n");
    assertThat(store.load().decisions()).containsExactly(
        new Decision.Merge(RecordId.of("r1"), RecordId.of("r2"), "eve",
            Instant.parse("2020-01-01T00:00:00Z"), "hand written"),
        new Decision.NeverLink(A, B, "alice", AT, "later"));
  }

  @Test
  void append_refusesFileLackingAColumn() throws IOException {
    CsvDecisionStore store = storeHolding("kind,first,second,actor,at\n");

    assertThatThrownBy(() -> store.append(List.of(new Decision.Split(A, "alice", AT, "why"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(store.file() + ":1: column \"note\": is missing from the header; expected the "
            + "columns kind,first,second,actor,at,note; found \"kind\", \"first\", \"second\", "
            + "\"actor\", \"at\"");
    assertThat(Files.readString(store.file(), UTF_8)).isEqualTo("kind,first,second,actor,at\n");
  }

  @Test
  void load_readsKindsIgnoringCaseAndOptionalColumns() throws IOException {
    CsvDecisionStore store = storeHolding("kind,first,second,actor,at\n"
        + "never-link,r1,r2,eve,2020-01-01T00:00:00Z\nSplit,r1,,eve,2020-01-02T00:00:00Z\n");

    assertThat(store.load().decisions()).containsExactly(
        new Decision.NeverLink(RecordId.of("r1"), RecordId.of("r2"), "eve", Instant.parse("2020-01-01T00:00:00Z"), ""),
        new Decision.Split(RecordId.of("r1"), "eve", Instant.parse("2020-01-02T00:00:00Z"), ""));
  }

  @Test
  void load_rejectsUnknownKind() throws IOException {
    CsvDecisionStore store = storeHolding(HEADER + "MERGE,r1,r2,eve,2020-01-01T00:00:00Z,\nJOIN,r1,r2,eve,2020-01-01T00:00:00Z,\n");

    assertThatThrownBy(store::load)
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(store.file() + ":3:1: column \"kind\": \"JOIN\" is not a decision kind; "
            + "expected one of MERGE, SPLIT, NEVER_LINK, ACCEPT_REVIEW, REJECT_REVIEW, MARK_BOT, MARK_HUMAN");
  }

  @Test
  void load_rejectsEmptyKindAndFirst() throws IOException {
    assertThatThrownBy(storeHolding(HEADER + ",r1,r2,eve,2020-01-01T00:00:00Z,\n")::load)
        .hasMessageEndingWith(":2:1: column \"kind\": is empty; "
            + "expected one of MERGE, SPLIT, NEVER_LINK, ACCEPT_REVIEW, REJECT_REVIEW, MARK_BOT, MARK_HUMAN");
    assertThatThrownBy(storeHolding(HEADER + "SPLIT,,,eve,2020-01-01T00:00:00Z,\n")::load)
        .hasMessageEndingWith(":2:2: column \"first\": is empty; "
            + "expected the id of the record the decision is about");
  }

  @ParameterizedTest
  @CsvSource({"SPLIT, SPLIT", "mark-human, MARK_HUMAN", "Mark_Bot, MARK_BOT"})
  void load_rejectsSecondOnOneRecordKinds(String written, String kind) throws IOException {
    CsvDecisionStore store = storeHolding(HEADER + written + ",r1,r2,eve,2020-01-01T00:00:00Z,\n");

    assertThatThrownBy(store::load)
        .hasMessage(store.file() + ":2:3: column \"second\": \"r2\" is set, but a " + kind + " names one "
            + "record; leave it empty");
  }

  @Test
  void load_rejectsMissingSecond() throws IOException {
    CsvDecisionStore store = storeHolding(HEADER + "ACCEPT_REVIEW,r1,,eve,2020-01-01T00:00:00Z,\n");

    assertThatThrownBy(store::load)
        .hasMessage(store.file() + ":2:3: column \"second\": is empty, but a ACCEPT_REVIEW names "
            + "two records; expected a record id");
  }

  @Test
  void load_rejectsSameRecordTwice() throws IOException {
    CsvDecisionStore store = storeHolding(HEADER + "MERGE,r1,r1,eve,2020-01-01T00:00:00Z,\n");

    assertThatThrownBy(store::load)
        .hasMessage(store.file() + ":2:3: column \"second\": \"r1\" is also the first record; "
            + "expected a different record");
  }

  @Test
  void load_rejectsEmptyActor() throws IOException {
    CsvDecisionStore store = storeHolding(HEADER + "MERGE,r1,r2, ,2020-01-01T00:00:00Z,\n");

    assertThatThrownBy(store::load)
        .hasMessage(store.file() + ":2:4: column \"actor\": is empty; expected who decided: "
            + "a person's id or \"auto\"");
  }

  @Test
  void load_rejectsBadOrEmptyInstant() throws IOException {
    assertThatThrownBy(storeHolding(HEADER + "MERGE,r1,r2,eve,yesterday,\n")::load)
        .hasMessageEndingWith(":2:5: column \"at\": \"yesterday\" is not an ISO-8601 instant; "
            + "expected a UTC time such as 2001-12-18T15:45:10Z");
    assertThatThrownBy(storeHolding(HEADER + "MERGE,r1,r2,eve,,\n")::load)
        .hasMessageEndingWith(":2:5: column \"at\": is empty; "
            + "expected a UTC time such as 2001-12-18T15:45:10Z");
  }

  @Test
  void load_rejectsTooManyCells() throws IOException {
    CsvDecisionStore store = storeHolding(HEADER + "MERGE,r1,r2,eve,2020-01-01T00:00:00Z,a,b\n");

    assertThatThrownBy(store::load)
        .hasMessage(store.file() + ":2:7: the row has 7 cells but the header has 6; "
            + "quote cells that hold a comma");
  }

  @Test
  void load_rejectsUnterminatedQuote() throws IOException {
    CsvDecisionStore store = storeHolding(HEADER + "MERGE,r1,r2,eve,2020-01-01T00:00:00Z,\"open\n");

    assertThatThrownBy(store::load)
        .hasMessage(store.file() + ":2: a quoted cell in the row starting here has no closing "
            + "quote; add the closing \" or double each quote inside the cell (\"\")");
  }

  @Test
  void load_rejectsHeaderMissingRequiredColumn() throws IOException {
    CsvDecisionStore store = storeHolding("kind,first,second,at\n");

    assertThatThrownBy(store::load)
        .hasMessage(store.file() + ":1: column \"actor\": is missing from the header; expected the "
            + "columns kind,first,second,actor,at,note; found \"kind\", \"first\", \"second\", \"at\"");
  }

  @Test
  void load_unreadableFileIsAnIdentityException() throws IOException {
    Path directory = dir.resolve("decisions.csv");
    Files.createDirectory(directory);
    Files.writeString(directory.resolve("inside"), "x");

    assertThatThrownBy(() -> CsvDecisionStore.at(directory).load())
        .isExactlyInstanceOf(IdentityException.class)
        .hasMessageStartingWith("cannot read " + directory + ": ");
  }

  @Test
  void toString_namesTheFile() {
    assertThat(store().toString()).isEqualTo("CsvDecisionStore[" + dir.resolve("decisions.csv") + "]");
  }
}
