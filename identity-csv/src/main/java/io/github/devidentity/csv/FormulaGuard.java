package io.github.devidentity.csv;

/**
 * Keeps spreadsheet programs from running cell text as a formula, reversibly.
 *
 * <p>A spreadsheet takes a cell beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab
 * or a carriage return for a formula ({@code =HYPERLINK(…)} in a name is an injection attack). On
 * export such a cell gets a leading {@code '}, the prefix spreadsheets themselves use for "this is
 * text". So that the round trip is exact, the prefix also goes in front of a cell that already
 * begins with {@code '} and of one that begins or ends with whitespace (which import would
 * otherwise trim).
 *
 * <p>On import, a cell that begins with {@code '} followed by what export would have guarded
 * loses that one {@code '} and is taken exactly as it is, untrimmed. Any other cell is trimmed; a
 * hand-typed {@code 't Hooft} keeps its apostrophe. So {@code restore(protect(s))} is {@code s}
 * for every string.
 */
final class FormulaGuard {
  static final char PREFIX = '\'';
  private static final String STARTS_FORMULA = "=+-@\t\r'";

  private FormulaGuard() {}

  /** The text to write for a value: the value, with {@code '} in front if it needs guarding. */
  static String protect(String value) {
    return needsGuard(value) ? PREFIX + value : value;
  }

  /** Whether a cell as read is a guarded value: {@code '} in front of text export would guard. */
  static boolean isGuarded(String cell) {
    return cell.length() > 1 && cell.charAt(0) == PREFIX && needsGuard(cell.substring(1));
  }

  /**
   * The value a cell holds: a guarded cell without its {@code '} and untrimmed, any other cell
   * trimmed of whitespace.
   */
  static String restore(String cell) {
    return isGuarded(cell) ? cell.substring(1) : cell.strip();
  }

  private static boolean needsGuard(String value) {
    if (value.isEmpty()) {
      return false;
    }
    char first = value.charAt(0);
    return STARTS_FORMULA.indexOf(first) >= 0
        || Character.isWhitespace(first)
        || Character.isWhitespace(value.charAt(value.length() - 1));
  }
}
