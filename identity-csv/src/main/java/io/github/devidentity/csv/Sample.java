package io.github.devidentity.csv;

import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;

/** The example rows of the contributors template: made-up people in every column. */
final class Sample {
  private static final String[][] PEOPLE = {
    {"Ada Lovelace", "ada@example.org", "ada.lovelace@example.org"},
    {"Grace Hopper", "grace@example.org", "grace.hopper@example.org"},
  };

  private Sample() {}

  /**
   * Writes the rows: Ada with an account in every integration, and a second account in the first
   * integration that has account ids (a second address when only git is there), then Grace.
   */
  static void rows(List<String> attributes, List<Integration> integrations, CSVPrinter printer) throws IOException {
    int second = 0;
    while (second < integrations.size() && !integrations.get(second).type().hasAccountIds()) {
      second++;
    }
    if (second == integrations.size()) {
      second = 0;
    }
    for (int person = 0; person < PEOPLE.length; person++) {
      printer.printRecord(row(person, attributes, integrations, -1));
      if (person == 0 && !integrations.isEmpty()) {
        printer.printRecord(row(person, attributes, integrations, second));
      }
    }
  }

  /** A person's row: every integration's first account, or only column {@code only}'s second. */
  private static List<String> row(int person, List<String> attributes, List<Integration> integrations, int only) {
    List<String> cells = new ArrayList<>();
    cells.add(PEOPLE[person][0]);
    cells.add(PEOPLE[person][1]);
    attributes.forEach(attribute -> cells.add(""));
    for (int i = 0; i < integrations.size(); i++) {
      IntegrationType type = integrations.get(i).type();
      cells.add(only < 0 ? account(type, person, 0) : i == only ? account(type, person, 1) : "");
    }
    return cells;
  }

  /** The n-th made-up account of a person in a type, shaped like the tool's own ids. */
  private static String account(IntegrationType type, int person, int n) {
    int number = 1815 + 91 * person + n;
    switch (type) {
      case GIT:
        return PEOPLE[person][1 + n];
      case GITHUB:
      case GITHUB_ENTERPRISE:
      case GITLAB:
      case BITBUCKET_SERVER:
        return Integer.toString(number);
      case BITBUCKET_CLOUD:
        return String.format(Locale.ROOT, "{5d3f6a8e-4c1b-4f7e-9a2d-%012d}", number);
      case AZURE_DEVOPS:
        return String.format(Locale.ROOT, "0d6b4c3a-7e21-4b8f-a9c0-%012d", number);
      case JIRA_CLOUD:
        return String.format(Locale.ROOT, "5b10ac8d82e05b22cc7d%04d", number);
      case JIRA_DATA_CENTER:
        return "JIRAUSER" + number;
      case HARNESS_CODE:
        return "aB3dE5fG7h" + number;
      default:
        return "user-" + number;
    }
  }
}
