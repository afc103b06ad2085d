package io.github.devidentity.licence;

/**
 * Why a contributor is not counted. Each contributor that is not billed has exactly one reason:
 * the first of these that applies, in this order.
 */
public enum ExclusionReason {
  /** Automation: bots never take a licence. */
  BOT("bots"),
  /** No record in a source-code-management integration: only issue trackers or custom tools. */
  NO_SCM_IDENTITY("no source-code-management identity"),
  /**
   * An active window is set and no source-code-management record was active in it, though one
   * carries dates and every such record carries them.
   */
  INACTIVE("not active in the window"),
  /**
   * An active window is set, no source-code-management record was active in it, and some such
   * record carries no dates: it may have been active, but the data does not say, so it is not
   * billed.
   */
  ACTIVITY_UNKNOWN("activity unknown: undated source-code-management records");

  private final String description;

  ExclusionReason(String description) {
    this.description = description;
  }

  /** The reason in words, for reports: {@code not active in the window}. */
  public String describe() {
    return description;
  }
}
