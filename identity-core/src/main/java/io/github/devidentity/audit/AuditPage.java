package io.github.devidentity.audit;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One page of a contributor's events, newest first, and the cursor of the next page.
 *
 * <pre>{@code
 * AuditPage page = trail.page(contributor, 50);
 * while (true) {
 *   page.events().forEach(System.out::println);
 *   if (page.nextCursor().isEmpty()) break;
 *   page = trail.page(contributor, page.nextCursor().get(), 50);
 * }
 * }</pre>
 */
public final class AuditPage {
  private final ImmutableList<AuditEvent> events;
  private final @Nullable String nextCursor;

  AuditPage(List<AuditEvent> events, @Nullable String nextCursor) {
    this.events = ImmutableList.copyOf(events);
    this.nextCursor = nextCursor;
  }

  /** The events of this page, newest (highest sequence) first. */
  public List<AuditEvent> events() {
    return events;
  }

  /** The opaque cursor of the next page, when there are older events. */
  public Optional<String> nextCursor() {
    return Optional.ofNullable(nextCursor);
  }

  /** {@code AuditPage[3 events, more]}. */
  @Override
  public String toString() {
    return "AuditPage[" + events.size() + (events.size() == 1 ? " event" : " events")
        + (nextCursor == null ? "" : ", more") + "]";
  }
}
