package io.github.devidentity.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.devidentity.IdentityException;
import io.github.devidentity.spi.SyncResult;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The pieces of {@link SteppedSync} that its sources' tests do not reach on their own. */
final class SteppedSyncTest {
  private static final JsonHttp UNUSED = new JsonHttp(HttpSettings.defaults(), new JsonHttp.Vendor("Tool", "none"),
      Map.of(), Map.of());

  @Test
  void withParameter_replacesTheParameterOrAppendsIt() {
    assertThat(SteppedSync.withParameter(URI.create("https://h/x?per_page=100&page=2&a=b"), "page", "3"))
        .isEqualTo(URI.create("https://h/x?per_page=100&a=b&page=3"));
    assertThat(SteppedSync.withParameter(URI.create("https://h/x"), "start", "25"))
        .isEqualTo(URI.create("https://h/x?start=25"));
    assertThat(SteppedSync.withParameter(URI.create("https://h/x?q=1"), "cursor", "a b&c"))
        .isEqualTo(URI.create("https://h/x?q=1&cursor=a+b%26c"));
  }

  @Test
  void join_dropsTrailingSlashesOfTheBase() {
    assertThat(SteppedSync.join(URI.create("https://h/ctx//"), "/rest/api")).isEqualTo("https://h/ctx/rest/api");
  }

  @Test
  void segment_encodesASlashAndSpaces() {
    assertThat(SteppedSync.segment("group/sub project")).isEqualTo("group%2Fsub%20project");
  }

  @Test
  void checked_trimsAMatchAndNamesWhatWasExpected() {
    assertThat(SteppedSync.checked(" a/b ", Pattern.compile("a/b"), "repository", "owner/name")).isEqualTo("a/b");
    assertThatThrownBy(() -> SteppedSync.checked("ab", Pattern.compile("a/b"), "repository", "owner/name"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("repository \"ab\" is not owner/name");
  }

  @Test
  void httpUrl_refusesOtherSchemesAndRelativeUrls() {
    assertThat(SteppedSync.httpUrl(URI.create("HTTPS://h"), "base", "https://h")).isEqualTo(URI.create("HTTPS://h"));
    assertThatThrownBy(() -> SteppedSync.httpUrl(URI.create("ftp://h"), "base URL", "https://h"))
        .hasMessage("base URL \"ftp://h\" is not an http(s) URL such as https://h");
    assertThatThrownBy(() -> SteppedSync.httpUrl(URI.create("/api"), "base URL", "https://h"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sync_refusesACursorWithANegativeStep() {
    assertThatThrownBy(() -> SteppedSync.sync("Tool", UNUSED, List.of(), "{\"step\":-1}", record -> {}))
        .isInstanceOf(IdentityException.class)
        .hasMessage("the Tool cursor \"{\"step\":-1}\" is not one this source wrote; start a full sync with no cursor");
  }

  @Test
  void sync_withNoStepsLeftCompletesAndStartsTheNextSyncFromTheCursorsStart() {
    SyncResult result = SteppedSync.sync("Tool", UNUSED, List.of(),
        "{\"since\":\"2026-01-01T00:00:00Z\",\"step\":3,\"started\":\"2026-02-01T00:00:00Z\"}", record -> {});

    assertThat(result.complete()).isTrue();
    assertThat(result.cursor()).isEqualTo("{\"since\":\"2026-02-01T00:00:00Z\",\"step\":0}");
  }
}
