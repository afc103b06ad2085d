package io.github.devidentity.examples.generate;

import static io.github.devidentity.examples.generate.NamePools.FAMILY;
import static io.github.devidentity.examples.generate.NamePools.FAMILY_ASCII;
import static io.github.devidentity.examples.generate.NamePools.FAMILY_FOLD;
import static io.github.devidentity.examples.generate.NamePools.GIVEN;
import static io.github.devidentity.examples.generate.NamePools.GIVEN_ASCII;
import static io.github.devidentity.examples.generate.NamePools.GIVEN_FOLD;
import static io.github.devidentity.examples.generate.NamePools.GIVEN_SHORT;
import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.time.Instant;
import java.util.Locale;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * One run of {@link OrganisationGenerator#generate}: the random stream, the counters that keep
 * handles and addresses of namesakes apart, and the person being generated. Person by person: it
 * plans one person's records, shuffles them, hands them on and forgets the person, so memory does
 * not grow with the number of records.
 *
 * <p>Every handle and address a person gets is theirs alone, as in the real tools: people with an
 * invented family name are unique by it; people with a pool name are numbered per name and form
 * ({@code john.smith}, {@code john.smith2}), with counters bounded by the size of the pools. Only
 * team aliases ({@code dev-team@…}) and placeholders ({@code root@localhost}…) are shared.
 */
final class Generation {
  /** Digits of record and person ids; 8 fit 10 million with room to spare. */
  static final int ID_WIDTH = 8;
  /** The first number too wide for {@link #ID_WIDTH} digits. */
  private static final long WIDE = 100_000_000L;

  static final String GIT = "git";
  static final String GITHUB = "github";
  static final String GITLAB = "gitlab";
  static final String BITBUCKET = "bitbucket-cloud";
  static final String AZURE = "azure-devops";
  static final String JIRA = "jira-cloud";
  static final String HARNESS = "harness-code";

  static final String GITHUB_NOREPLY = "@users.noreply.github.com";
  static final String GITLAB_NOREPLY = "@users.noreply.gitlab.com";

  // Kinds of record, in the order of KIND_CUMULATIVE.
  private static final int K_GIT = 0;
  private static final int K_GITHUB = 1;
  private static final int K_JIRA = 2;
  private static final int K_GITLAB = 3;
  private static final int K_AZURE = 4;
  private static final int K_BITBUCKET = 5;
  private static final int K_HARNESS = 6;
  /** Per cent: git identities are the most common record, then GitHub and Jira accounts. */
  private static final int[] KIND_CUMULATIVE = {38, 56, 72, 81, 89, 96, 100};

  /** Per mille, how many records a person has: most 1 to 3, a few up to 8. */
  private static final int[] RECORDS_CUMULATIVE = {350, 570, 720, 820, 890, 940, 975, 1000};
  private static final int MAX_RECORDS = RECORDS_CUMULATIVE.length;

  /** Per mille of person slots that are a burst of bot records instead. */
  private static final int BOT_PER_MILLE = 6;

  // Name variants.
  private static final int V_CANONICAL = 0;
  private static final int V_ASCII = 1;
  private static final int V_MIDDLE = 2;
  private static final int V_SHORT = 3;
  private static final int V_TYPO = 4;
  private static final int V_HANDLE = 5;
  private static final int V_UPPER = 6;
  private static final int V_GIVEN_ONLY = 7;
  private static final int V_LOWER = 8;
  private static final int V_LAST_FIRST = 9;
  private static final int V_EMPTY = 10;
  /** Per cent of each variant, by context, in the order of the V_ constants. */
  private static final int[] VARIANTS_GIT = cumulative(55, 7, 5, 6, 4, 9, 3, 3, 6, 2, 0);
  private static final int[] VARIANTS_GITHUB = cumulative(55, 8, 4, 6, 1, 0, 0, 3, 3, 0, 20);
  private static final int[] VARIANTS_DIRECTORY = cumulative(55, 5, 8, 5, 1, 0, 1, 0, 0, 25, 0);
  private static final int[] VARIANTS_TOOL = cumulative(70, 8, 5, 6, 2, 3, 0, 3, 3, 0, 0);

  /** Team aliases; each serves one block of {@link #TEAM_SIZE} consecutive people. */
  private static final String[] TEAMS = {
    "dev-team", "platform-team", "mobile-team", "data-team", "infra-team", "web-team", "qa-team",
    "security-team", "sre-team", "payments-team", "search-team", "ml-team",
  };
  private static final int TEAM_SIZE = 5_000;

  private static final String MIDDLE_INITIALS = "ABCDEFGHJKLMNPRSTW";
  private static final String[] MACHINES = {"laptop", "ThinkPad", "MacBook-Pro", "desktop", "dev", "ubuntu"};

  // Handle forms, with a counter each for pool names.
  private static final int H_INITIAL_FAMILY = 0;
  private static final int H_GIVEN_DASH_FAMILY = 1;
  private static final int H_GIVEN_DOT_FAMILY = 2;
  private static final int H_GIVEN_FAMILY_NUMBER = 3;
  // Work address forms.
  private static final int W_GIVEN_DOT_FAMILY = 4;
  private static final int W_INITIAL_FAMILY = 5;
  private static final int W_INITIAL_DOT_FAMILY = 6;
  private static final int FORMS = 7;

  // GitHub ids of the bots, which no person's id may take.
  private static final long DEPENDABOT_ID = 49699333;
  private static final long RENOVATE_ID = 29139614;
  private static final long GITHUB_ACTIONS_ID = 41898282;

  private final SplittableRandom random;
  /** Draws activity dates, when records are dated. */
  private final @Nullable ActivityDates dates;
  private final RecordSink sink;
  private final String domain;
  /** The team alias of the current block of people, and the block it is for. */
  private String teamAlias = "";
  private long teamBlock = -1;
  private final InventedSurnames invented;
  private final Bot[] bots;
  private final int[] botCumulative;
  private final long salt;

  private final int[][] counts = new int[FORMS][];
  private long inventedHandles;
  private long inventedFamilies;
  private long nextRecord = 1;
  private final byte[] recordDigits = ("r" + "0".repeat(ID_WIDTH)).getBytes(ISO_8859_1);
  private final byte[] personDigits = ("p" + "0".repeat(ID_WIDTH)).getBytes(ISO_8859_1);
  private long people;
  private long botsSeen;

  // Builders are reused; names (which may hold any letter) get their own, so the others stay
  // compact Latin-1 and their strings are cheap to make.
  private final StringBuilder text = new StringBuilder(96);
  private final StringBuilder nameText = new StringBuilder(64);
  private final StringBuilder guid = new StringBuilder(40);

  // The person being generated.
  private long seq;
  private String personId = "";
  private int given;
  /** Pool index of the family name, or -1 for an invented one. */
  private int family;
  private String familyDisplay = "";
  private String familyAscii = "";
  private String familyFold = "";
  private char middle;
  private String fullName = "";
  private String fullAscii = "";
  private String handle = "";
  private String handleLower = "";
  private String workEmail = "";
  private String personalEmail = "";
  private boolean hasGithub;
  private String githubLogin = "";
  private long githubId;
  private String githubIdText = "";
  private boolean hasGitlab;
  private String gitlabUsername = "";
  private long gitlabId;

  // The person's planned records.
  private int planned;
  private final String[] source = new String[MAX_RECORDS];
  private final String[] name = new String[MAX_RECORDS];
  private final String[] email = new String[MAX_RECORDS];
  private final String[] username = new String[MAX_RECORDS];
  private final String[] account = new String[MAX_RECORDS];
  private final int[] kinds = new int[MAX_RECORDS];
  private final int[] order = new int[MAX_RECORDS];

  Generation(long seed, String company, String domain, @Nullable Instant activityUntil, RecordSink sink) {
    this.random = new SplittableRandom(seed);
    this.dates = activityUntil == null ? null : new ActivityDates(seed, activityUntil);
    this.salt = random.nextLong();
    this.sink = sink;
    this.domain = domain;
    this.invented = new InventedSurnames(salt);
    this.bots = Bot.all(company, domain);
    this.botCumulative = new int[bots.length];
    int sum = 0;
    for (int i = 0; i < bots.length; i++) {
      sum += bots[i].weight;
      botCumulative[i] = sum;
    }
  }

  /** Emits exactly {@code records} records and returns the number of persons they belong to. */
  long run(long records) {
    long remaining = records;
    while (remaining > 0) {
      if (roll(1000) < BOT_PER_MILLE) {
        remaining -= bots(remaining);
      } else {
        person();
        remaining -= emit(remaining);
      }
    }
    return people + Long.bitCount(botsSeen);
  }

  // ---------------------------------------------------------------- bots

  private long bots(long remaining) {
    int which = pick(botCumulative, roll(botCumulative[botCumulative.length - 1]));
    Bot bot = bots[which];
    botsSeen |= 1L << which;
    long count = Math.min(1 + roll(2), remaining);
    for (long i = 0; i < count; i++) {
      String[] row = bot.records[roll(bot.records.length)];
      if (dates == null) {
        sink.accept(new GeneratedRecord(recordId(), row[0], row[1], row[2], row[3], row[4], bot.personId));
      } else {
        dates.bot();
        sink.accept(new GeneratedRecord(recordId(), row[0], row[1], row[2], row[3], row[4], bot.personId,
            dates.firstSeen, dates.lastSeen));
      }
    }
    return count;
  }

  // ---------------------------------------------------------------- people

  private void person() {
    seq++;
    people++;
    personId = next(personDigits, seq);
    names();
    middle = roll(4) == 0 ? MIDDLE_INITIALS.charAt(roll(MIDDLE_INITIALS.length())) : 0;
    boolean camel = roll(100) < 8;
    handle = handle(false, camel);
    handleLower = camel ? handle.toLowerCase(Locale.ROOT) : handle;
    workEmail = workEmail();
    personalEmail = roll(100) < 55 ? personalEmail() : "";

    int count = 1 + pick(RECORDS_CUMULATIVE, roll(1000));
    int used = 0;
    for (int i = 0; i < count; i++) {
      int kind = pick(KIND_CUMULATIVE, roll(100));
      if (kind != K_GIT && (used & (1 << kind)) != 0) {
        kind = K_GIT;
      }
      used |= 1 << kind;
      kinds[i] = kind;
    }
    // Many people have a GitHub or GitLab account that no record here shows, yet their commits do.
    hasGithub = (used & (1 << K_GITHUB)) != 0 || roll(100) < 15;
    hasGitlab = (used & (1 << K_GITLAB)) != 0 || roll(100) < 4;
    if (hasGithub) {
      githubLogin = roll(100) < 70 ? handle : handle(false, roll(100) < 8);
      githubId = githubId();
      githubIdText = Long.toString(githubId);
    }
    if (hasGitlab) {
      gitlabUsername = roll(100) < 55 ? handleLower : handle(true, false);
      gitlabId = 100_000L + seq * 11 + roll(11);
    }
    planned = 0;
    for (int i = 0; i < count; i++) {
      plan(kinds[i]);
    }
  }

  /**
   * Draws the person's name: 1% a very common name, 22% a given and family name from the pools,
   * the rest a pool given name and an invented family name.
   */
  private void names() {
    int draw = roll(1000);
    if (draw < 10) {
      int[] common = NamePools.COMMON[roll(NamePools.COMMON.length)];
      given = common[0];
      family = common[1];
    } else {
      int culture = pick(NamePools.CULTURE_CUMULATIVE, roll(1000));
      int[] givens = NamePools.GIVEN_OF_CULTURE[roll(100) < 85 ? culture
          : pick(NamePools.CULTURE_CUMULATIVE, roll(1000))];
      given = givens[roll(givens.length)];
      if (draw < 230) {
        int[] families = NamePools.FAMILY_OF_CULTURE[culture];
        family = families[roll(families.length)];
      } else {
        family = -1;
      }
    }
    if (family >= 0) {
      familyDisplay = FAMILY[family];
      familyAscii = FAMILY_ASCII[family];
      familyFold = FAMILY_FOLD[family];
    } else {
      familyFold = invented.folded(inventedFamilies++);
      familyDisplay = Character.toUpperCase(familyFold.charAt(0)) + familyFold.substring(1);
      familyAscii = familyDisplay;
    }
    fullName = GIVEN[given] + " " + familyDisplay;
    fullAscii = GIVEN_ASCII[given] + " " + familyAscii;
  }

  /**
   * A handle in the one space shared by logins, usernames, nicknames and personal address local
   * parts, so a person can reuse theirs anywhere without meeting someone else's.
   *
   * @param dots whether the form {@code jane.doe} may be drawn (GitHub logins take no dots)
   * @param camel whether to capitalise the name parts, {@code JaneDoe}
   */
  private String handle(boolean dots, boolean camel) {
    text.setLength(0);
    int draw = roll(100);
    int familyAt;
    String givenFold = GIVEN_FOLD[given];
    if (draw < 30) {
      text.append(givenFold.charAt(0));
      familyAt = text.length();
      text.append(familyFold);
      suffix(H_INITIAL_FAMILY, initialKey());
    } else if (draw < 48) {
      text.append(givenFold).append('-');
      familyAt = text.length();
      text.append(familyFold);
      suffix(H_GIVEN_DASH_FAMILY, fullKey());
    } else if (draw < 58 && dots) {
      text.append(givenFold).append('.');
      familyAt = text.length();
      text.append(familyFold);
      suffix(H_GIVEN_DOT_FAMILY, fullKey());
    } else if (draw < 82) {
      if (family >= 0) {
        text.append(givenFold);
        familyAt = text.length();
        text.append(familyFold).append(twoDigits(count(H_GIVEN_FAMILY_NUMBER, fullKey()), fullKey()));
      } else {
        // The invented family name is unique, so any number keeps the handle unique.
        familyAt = 0;
        text.append(familyFold).append(10 + roll(90));
      }
    } else {
      familyAt = -1;
      text.append(NamePools.HANDLE_ADJECTIVES[roll(NamePools.HANDLE_ADJECTIVES.length)])
          .append(NamePools.HANDLE_NOUNS[roll(NamePools.HANDLE_NOUNS.length)])
          .append(++inventedHandles);
    }
    if (camel && familyAt >= 0) {
      text.setCharAt(0, Character.toUpperCase(text.charAt(0)));
      text.setCharAt(familyAt, Character.toUpperCase(text.charAt(familyAt)));
    }
    return text.toString();
  }

  private String workEmail() {
    text.setLength(0);
    String givenFold = GIVEN_FOLD[given];
    int draw = roll(100);
    if (draw < 55) {
      text.append(givenFold).append('.').append(familyFold);
      suffix(W_GIVEN_DOT_FAMILY, fullKey());
    } else if (draw < 85) {
      text.append(givenFold.charAt(0)).append(familyFold);
      suffix(W_INITIAL_FAMILY, initialKey());
    } else {
      text.append(givenFold.charAt(0)).append('.').append(familyFold);
      suffix(W_INITIAL_DOT_FAMILY, initialKey());
    }
    return text.append('@').append(domain).toString();
  }

  private String personalEmail() {
    String local = roll(100) < 35 ? handleLower : handle(true, false);
    return local + '@' + NamePools.PERSONAL_DOMAINS[roll(NamePools.PERSONAL_DOMAINS.length)];
  }

  /** Numbers a pool name's second and later holders of one form: {@code jsmith}, {@code jsmith2}. */
  private void suffix(int form, int key) {
    if (family >= 0) {
      int n = count(form, key);
      if (n > 1) {
        text.append(n);
      }
    }
  }

  private int count(int form, int key) {
    int[] table = counts[form];
    if (table == null) {
      int initials = 26;
      table = new int[(form == H_INITIAL_FAMILY || form == W_INITIAL_FAMILY || form == W_INITIAL_DOT_FAMILY
          ? initials : GIVEN.length) * FAMILY.length];
      counts[form] = table;
    }
    return ++table[key];
  }

  private int fullKey() {
    return given * FAMILY.length + family;
  }

  private int initialKey() {
    return (GIVEN_FOLD[given].charAt(0) - 'a') * FAMILY.length + family;
  }

  /** The nth holder's number: two digits (different for the first 90 holders), then 191 and up. */
  private static int twoDigits(int n, int key) {
    return n <= 90 ? 10 + (key * 37 + n - 1) % 90 : 100 + n;
  }

  /** A GitHub id of this person alone: a block of 29 ids per person, skipping the bots' ids. */
  private long githubId() {
    int offset = roll(29);
    long id = 1_000_000L + seq * 29 + offset;
    if (id == DEPENDABOT_ID || id == RENOVATE_ID || id == GITHUB_ACTIONS_ID) {
      id = 1_000_000L + seq * 29 + (offset + 1) % 29;
    }
    return id;
  }

  // ---------------------------------------------------------------- records

  private void plan(int kind) {
    switch (kind) {
      case K_GIT:
        // A git identity is a distinct name and address; retry a few times rather than repeat one.
        for (int attempt = 1; planGit() && attempt < 3; attempt++) {
          planned--;
        }
        break;
      case K_GITHUB:
        add(GITHUB, name(VARIANTS_GITHUB),
            chance(45) ? (personalEmail.isEmpty() || chance(45) ? workEmail : personalEmail) : "",
            githubLogin, githubIdText);
        break;
      case K_JIRA:
        add(JIRA, name(VARIANTS_DIRECTORY), chance(45) ? workEmail : "", "", jiraAccountId());
        break;
      case K_GITLAB: {
        int draw = roll(100);
        String mail = draw < 65 ? workEmail : draw < 80 && !personalEmail.isEmpty() ? personalEmail : "";
        add(GITLAB, name(VARIANTS_TOOL), mail, gitlabUsername, Long.toString(gitlabId));
        break;
      }
      case K_AZURE:
        add(AZURE, name(VARIANTS_DIRECTORY), workEmail, workEmail, azureDescriptor());
        break;
      case K_BITBUCKET:
        add(BITBUCKET, name(VARIANTS_TOOL), chance(15) ? workEmail : "",
            chance(60) ? handleLower : handle(false, false), bitbucketUuid());
        break;
      case K_HARNESS:
        add(HARNESS, name(VARIANTS_TOOL), workEmail, chance(60) ? handleLower : handle(false, false),
            Long.toString(1_000L + seq * 3 + roll(3)));
        break;
      default:
        throw new IllegalStateException("record kind " + kind + " is not one the generator plans");
    }
  }

  /** Plans one git identity; returns whether it repeats one planned before for this person. */
  private boolean planGit() {
    int draw = roll(1000);
    if (draw < 5) {
      add(GIT, chance(70) ? "root" : name(VARIANTS_GIT), "root@localhost", "", "");
    } else if (draw < 8) {
      add(GIT, name(VARIANTS_GIT), "noreply@github.com", "", "");
    } else if (draw < 10) {
      add(GIT, chance(50) ? "unknown" : name(VARIANTS_GIT), "unknown", "", "");
    } else if (draw < 20) {
      // git's guess when user.email was never set: login@hostname.(none).
      String host = MACHINES[roll(MACHINES.length)];
      String mail = handleLower + '@' + (host.equals("ubuntu") ? host : handleLower + '-' + host) + ".(none)";
      add(GIT, chance(80) ? fullName : handleLower, mail, "", "");
    } else if (draw < 27) {
      add(GIT, name(VARIANTS_GIT), teamAlias(), "", "");
    } else {
      int choice = roll(100);
      String mail;
      if (hasGithub && choice < 27) {
        mail = githubIdText + '+' + githubLogin + GITHUB_NOREPLY;
      } else if (hasGithub && choice < 31) {
        mail = githubLogin + GITHUB_NOREPLY;
      } else if (hasGitlab && choice < 40) {
        mail = gitlabId + "-" + gitlabUsername + GITLAB_NOREPLY;
      } else if (!personalEmail.isEmpty() && choice < 65) {
        mail = personalEmail;
      } else {
        mail = chance(4) ? mixedCase(workEmail) : workEmail;
      }
      add(GIT, name(VARIANTS_GIT), mail, "", "");
    }
    int last = planned - 1;
    for (int i = 0; i < last; i++) {
      if (GIT.equals(source[i]) && name[i].equals(name[last]) && email[i].equals(email[last])) {
        return true;
      }
    }
    return false;
  }

  /**
   * The shared address of the person's team: {@code dev-team@…} for the first {@link #TEAM_SIZE}
   * people, then {@code platform-team@…} and so on, so each alias has a few dozen users whatever
   * the size of the organisation.
   */
  private String teamAlias() {
    long block = (seq - 1) / TEAM_SIZE;
    if (block != teamBlock) {
      teamBlock = block;
      long round = block / TEAMS.length;
      teamAlias = TEAMS[(int) (block % TEAMS.length)] + (round == 0 ? "" : Long.toString(round + 1)) + '@' + domain;
    }
    return teamAlias;
  }

  private void add(String kind, String displayName, String mail, String login, String accountId) {
    source[planned] = kind;
    name[planned] = displayName;
    email[planned] = mail;
    username[planned] = login;
    account[planned] = accountId;
    planned++;
  }

  /** Shuffles the planned records and hands on at most {@code remaining}; returns how many. */
  private int emit(long remaining) {
    for (int i = 0; i < planned; i++) {
      order[i] = i;
    }
    for (int i = planned - 1; i > 0; i--) {
      int j = roll(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    int count = (int) Math.min(planned, remaining);
    if (dates != null) {
      dates.person();
    }
    for (int i = 0; i < count; i++) {
      int r = order[i];
      if (dates == null) {
        sink.accept(new GeneratedRecord(recordId(), source[r], name[r], email[r], username[r], account[r], personId));
      } else {
        dates.record(!GIT.equals(source[r]));
        sink.accept(new GeneratedRecord(recordId(), source[r], name[r], email[r], username[r], account[r], personId,
            dates.firstSeen, dates.lastSeen));
      }
    }
    return count;
  }

  private String recordId() {
    return next(recordDigits, nextRecord++);
  }

  /**
   * The id after the one {@code digits} holds: a prefix letter and {@link #ID_WIDTH} digits,
   * counted up in place, which is cheaper than formatting a number; wider numbers are formatted.
   */
  private String next(byte[] digits, long value) {
    if (value >= WIDE) {
      text.setLength(0);
      text.append((char) digits[0]);
      Ids.padded(text, value, ID_WIDTH);
      return text.toString();
    }
    int i = digits.length - 1;
    while (digits[i] == '9') {
      digits[i] = '0';
      i--;
    }
    digits[i]++;
    return new String(digits, ISO_8859_1);
  }

  // ---------------------------------------------------------------- names

  /** A display name in one of the ways people's names appear across tools. */
  private String name(int[] variants) {
    switch (pick(variants, roll(100))) {
      case V_ASCII:
        return fullAscii;
      case V_MIDDLE:
        return middle == 0 ? fullName : GIVEN[given] + ' ' + middle + ". " + familyDisplay;
      case V_SHORT: {
        String[] shortForms = GIVEN_SHORT[given];
        return shortForms.length == 0 ? fullName
            : shortForms[roll(shortForms.length)] + ' ' + familyDisplay;
      }
      case V_TYPO:
        return typo();
      case V_HANDLE:
        return handleLower;
      case V_UPPER:
        return fullName.toUpperCase(Locale.ROOT);
      case V_GIVEN_ONLY:
        return GIVEN[given];
      case V_LOWER:
        return fullName.toLowerCase(Locale.ROOT);
      case V_LAST_FIRST:
        return familyDisplay + ", " + GIVEN[given];
      case V_EMPTY:
        return "";
      default:
        return fullName;
    }
  }

  /** The name with one slip in the family name: two letters swapped or one dropped. */
  private String typo() {
    int length = familyDisplay.length();
    if (length < 4) {
      return fullName;
    }
    int at = 1 + roll(length - 2);
    char a = familyDisplay.charAt(at);
    char b = familyDisplay.charAt(at + 1);
    if (!Character.isLetter(a) || !Character.isLetter(b)) {
      return fullName;
    }
    nameText.setLength(0);
    nameText.append(GIVEN[given]).append(' ').append(familyDisplay, 0, at);
    if (a != b && random.nextBoolean()) {
      nameText.append(b).append(a);
    } else {
      nameText.append(b);
    }
    return nameText.append(familyDisplay, at + 2, length).toString();
  }

  /** {@code jane.doe@acme.example} as {@code Jane.Doe@Acme.example}. */
  private String mixedCase(String address) {
    text.setLength(0);
    boolean upper = true;
    for (int i = 0; i < address.length(); i++) {
      char c = address.charAt(i);
      text.append(upper ? Character.toUpperCase(c) : c);
      upper = c == '.' || c == '@';
      if (c == '@') {
        text.append(address, i + 1, address.length());
        break;
      }
    }
    return text.toString();
  }

  // ---------------------------------------------------------------- account ids

  /** Jira Cloud: 24 hex digits, or {@code 712020:} and a UUID; unique by the person's number. */
  private String jiraAccountId() {
    text.setLength(0);
    int unique = Ids.mix32((int) seq ^ (int) salt);
    if (chance(70)) {
      Ids.hex(text, 0x5a000000L + roll(0x08000000), 8);
      Ids.hex(text, unique, 8);
      Ids.hex(text, random.nextInt(), 8);
    } else {
      text.append("712020:");
      Ids.uuid(text, random, unique);
    }
    return text.toString();
  }

  /** Bitbucket Cloud: a UUID in braces. */
  private String bitbucketUuid() {
    text.setLength(0);
    text.append('{');
    Ids.uuid(text, random, Ids.mix32((int) seq ^ (int) (salt >>> 16)));
    return text.append('}').toString();
  }

  /** Azure DevOps: a subject descriptor, {@code aad.} and the base64 of a GUID. */
  private String azureDescriptor() {
    guid.setLength(0);
    Ids.uuid(guid, random, Ids.mix32((int) seq ^ (int) (salt >>> 32)));
    text.setLength(0);
    text.append("aad.");
    Ids.base64(text, guid);
    return text.toString();
  }

  // ---------------------------------------------------------------- helpers

  private boolean chance(int percent) {
    return roll(100) < percent;
  }

  /**
   * A number from 0 to {@code bound - 1}, by multiplying 32 random bits rather than dividing: faster
   * than {@code nextInt(bound)}, and its bias (below bound / 2^32) does not matter here.
   */
  private int roll(int bound) {
    return (int) (((random.nextInt() & 0xffffffffL) * bound) >>> 32);
  }

  /** The index of the first cumulative weight above {@code draw}. */
  private static int pick(int[] cumulative, int draw) {
    int i = 0;
    while (draw >= cumulative[i]) {
      i++;
    }
    return i;
  }

  private static int[] cumulative(int... weights) {
    int[] cumulative = new int[weights.length];
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i];
      cumulative[i] = sum;
    }
    if (sum != 100) {
      throw new IllegalStateException("variant weights add up to " + sum + "; expected 100");
    }
    return cumulative;
  }

  /** Automation that commits and holds accounts: one person across all its records. */
  static final class Bot {
    final String personId;
    final int weight;
    /** Rows of source, name, email, username, account id. */
    final String[][] records;

    private Bot(String personId, int weight, String[][] records) {
      this.personId = personId;
      this.weight = weight;
      this.records = records;
    }

    static Bot[] all(String company, String domain) {
      String ci = company + "-ci-bot";
      String ciMail = "ci-bot@" + domain;
      return new Bot[] {
        new Bot("bot-dependabot", 35, new String[][] {
          {GIT, "dependabot[bot]", DEPENDABOT_ID + "+dependabot[bot]" + GITHUB_NOREPLY, "", ""},
          {GIT, "dependabot[bot]", DEPENDABOT_ID + "+dependabot[bot]" + GITHUB_NOREPLY, "", ""},
          {GITHUB, "dependabot[bot]", "", "dependabot[bot]", Long.toString(DEPENDABOT_ID)},
        }),
        new Bot("bot-renovate", 20, new String[][] {
          {GIT, "renovate[bot]", RENOVATE_ID + "+renovate[bot]" + GITHUB_NOREPLY, "", ""},
          {GITHUB, "renovate[bot]", "", "renovate[bot]", Long.toString(RENOVATE_ID)},
          {GIT, "Renovate Bot", "bot@renovateapp.com", "", ""},
        }),
        new Bot("bot-github-actions", 30, new String[][] {
          {GIT, "github-actions[bot]", GITHUB_ACTIONS_ID + "+github-actions[bot]" + GITHUB_NOREPLY, "", ""},
          {GIT, "github-actions[bot]", GITHUB_ACTIONS_ID + "+github-actions[bot]" + GITHUB_NOREPLY, "", ""},
          {GITHUB, "github-actions[bot]", "", "github-actions[bot]", Long.toString(GITHUB_ACTIONS_ID)},
          {GIT, "github-actions", "actions@github.com", "", ""},
        }),
        new Bot("bot-ci", 10, new String[][] {
          {GIT, ci, ciMail, "", ""},
          {GITLAB, ci, ciMail, ci, "4242"},
          {HARNESS, ci, ciMail, ci, "7"},
        }),
        new Bot("bot-automation-for-jira", 5, new String[][] {
          {JIRA, "Automation for Jira", "", "", "557058:f58131cb-b67d-43c7-b30d-6b58d40bd077"},
        }),
      };
    }
  }
}
