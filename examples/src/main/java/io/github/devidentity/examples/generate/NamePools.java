package io.github.devidentity.examples.generate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The fixed pools the generator draws people from: given names and family names from several
 * cultures (some with accents, some with short forms such as Matt for Matthew), a small set of very
 * common names that many strangers share, words for invented handles, personal mail domains and
 * company names.
 *
 * <p>Each name is held three ways: as written ({@code José}, {@code Müller}), with the accents
 * dropped ({@code Jose}, {@code Muller}), and folded into a handle part ({@code jose}, {@code
 * muller}: lower-case ASCII letters only). Folded forms are unique within a pool, which keeps
 * generated handles and addresses of different people apart (checked by {@code NamePoolsTest}).
 */
final class NamePools {

  /**
   * Given names by culture, {@code |}-separated; {@code Name:Short,Other} lists short forms. The
   * culture order matches {@link #FAMILY_BY_CULTURE}.
   */
  private static final String[] GIVEN_BY_CULTURE = {
    // English
    "James:Jim,Jimmy|John:Johnny|Robert:Bob,Rob|Michael:Mike|William:Bill,Will|David:Dave|Richard:Rick"
        + "|Joseph:Joe|Thomas:Tom|Christopher:Chris|Daniel:Dan|Matthew:Matt|Anthony:Tony|Mark|Steven:Steve"
        + "|Andrew:Andy|Joshua:Josh|Kevin|Brian|Timothy:Tim|Jennifer:Jen|Elizabeth:Liz,Beth|Katherine:Kate"
        + "|Sarah|Jessica|Emily|Patricia:Pat|Margaret:Maggie|Susan|Rebecca:Becky|Samuel:Sam|Benjamin:Ben"
        + "|Nicholas:Nick|Jonathan:Jon|Emma|Olivia|Hannah|Rachel|Megan|Laura|Gregory:Greg|Edward:Ed,Ted"
        + "|Zoë|Abigail",
    // Spanish
    "José:Pepe|Juan|Carlos|Luis|Javier|Alejandro:Ale|Francisco:Paco|Miguel|Sergio|Pablo|Andrés|Raúl"
        + "|María|Lucía|Carmen|Sofía|Valentina|Camila|Ignacio:Nacho|Guillermo|Begoña|Íñigo",
    // Portuguese
    "João|Pedro|Lucas|Gabriel:Gabe|Rafael|Thiago|Gonçalo|Beatriz|Mariana|Larissa|Fernanda|Conceição",
    // French
    "Jean|Pierre|Louis|François|Étienne|Théo|Hugo|Julien|Mathieu|Sébastien:Seb|Camille|Chloé|Élodie"
        + "|Amélie|Françoise|Léa|Manon|Gaëlle",
    // German
    "Jonas|Felix|Maximilian:Max|Tobias|Florian|Matthias|Jürgen|Uwe|Stefan|Katrin|Anja|Jörg|Lukas"
        + "|Johannes:Hans|Annegret|Ursula",
    // Nordic
    "Søren|Bjørn|Lars|Anders|Henrik|Mikael|Nils|Erik|Astrid|Ingrid|Sigrid|Åsa|Freja|Linnéa",
    // Polish and Czech
    "Łukasz|Piotr|Paweł|Krzysztof|Tomasz:Tomek|Jakub:Kuba|Michał|Wojciech|Katarzyna:Kasia"
        + "|Małgorzata:Gosia|Agnieszka|Zuzana|Jiří|Tomáš|Ondřej|Petra",
    // Russian and Ukrainian
    "Dmitry:Dima|Sergey|Alexei|Ivan|Nikolai|Vladimir:Vova|Mikhail:Misha|Andrei|Olga|Natalia"
        + "|Tatiana|Yulia|Anastasia|Oleksandr|Yaroslav",
    // Chinese
    "Wei|Jing|Hao|Lei|Jun|Ming|Xin|Yan|Ying|Fang|Tao|Xiaoming|Jie|Qiang|Min",
    // Indian
    "Rahul|Priya|Arjun|Ananya|Vikram|Sanjay|Deepak|Anil|Sunita|Rajesh|Pooja|Karthik|Lakshmi|Aditya"
        + "|Neha|Rohan|Divya|Suresh",
    // Japanese
    "Hiroshi|Takashi|Kenji|Yuki|Haruto|Sakura|Yui|Aiko|Daisuke|Kenta|Shota|Naoko|Akira|Satoshi",
    // Korean
    "Min-jun|Seo-yeon|Ji-ho|Hyun-woo|Eun-ji|Sung-min",
    // Vietnamese
    "Minh|Anh|Huy|Linh|Thảo|Đức|Quang|Trang",
    // Arabic, Turkish, Persian
    "Mohammed|Ahmed|Omar|Yusuf|Fatima|Aisha|Layla|Mehmet|Emre|Zeynep|Elif|Reza|Hassan|Karim|Nour",
    // Italian
    "Giuseppe|Giovanni|Francesco|Alessandro|Lorenzo|Matteo|Luca|Giulia|Chiara|Francesca|Federica"
        + "|Niccolò",
    // West and East African
    "Chinedu|Emeka|Ngozi|Oluwaseun|Adebayo|Chiamaka|Kwame|Amara|Tunde|Folake",
    // Dutch
    "Daan|Sem|Bram|Sanne|Femke|Joost|Pieter|Maarten|Anouk",
    // Greek
    "Giorgos|Dimitris|Konstantinos|Eleni|Nikos|Katerina",
  };

  /** Family names by culture, {@code |}-separated, in the order of {@link #GIVEN_BY_CULTURE}. */
  private static final String[] FAMILY_BY_CULTURE = {
    "Smith|Johnson|Williams|Brown|Jones|Miller|Davis|Wilson|Anderson|Taylor|Thomas|Moore|Jackson"
        + "|Martin|Lee|Thompson|White|Harris|Clark|Lewis|Robinson|Walker|Young|Allen|King|Wright|Scott"
        + "|Green|Baker|Adams|Nelson|Hill|Campbell|Mitchell|Roberts|Carter|Phillips|Evans|Turner|Parker"
        + "|Collins|Edwards|Stewart|Morris|Murphy|Cook|Rogers|O'Brien|O'Connor|McDonald",
    "García|Rodríguez|Martínez|Hernández|López|González|Pérez|Sánchez|Ramírez|Torres|Flores|Rivera"
        + "|Gómez|Díaz|Muñoz|Jiménez|Romero|Álvarez|Castillo|Ortiz|Núñez|Peña|Ibáñez|Vargas|Castro",
    "Silva|Santos|Oliveira|Souza|Costa|Pereira|Almeida|Ferreira|Carvalho|Gonçalves|Araújo|Ribeiro"
        + "|Magalhães",
    "Bernard|Dubois|Petit|Durand|Leroy|Moreau|Lefèvre|Girard|Fontaine|Rousseau|Mercier|Faure"
        + "|Chevalier|Lemaître|Bérubé",
    "Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Schäfer|Koch|Bauer"
        + "|Richter|Klein|Wolf|Schröder|Neumann|Schwarz|Zimmermann|Krüger|Hartmann|Lange|Weiß",
    "Hansen|Johansson|Andersson|Nielsen|Jensen|Larsen|Olsen|Pedersen|Karlsson|Lindqvist|Nyström"
        + "|Bergström|Sjöberg|Halvorsen|Ødegaard",
    "Nowak|Kowalski|Wiśniewski|Wójcik|Kamiński|Lewandowski|Zieliński|Szymański|Woźniak|Dąbrowski"
        + "|Łukaszewicz|Novák|Dvořák|Svoboda|Černý|Procházka",
    "Ivanov|Petrov|Smirnov|Kuznetsov|Popov|Sokolov|Lebedev|Kozlov|Novikov|Morozov|Volkov|Pavlov"
        + "|Shevchenko|Kovalenko|Bondarenko",
    "Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Xie|Guo|He|Lin|Gao|Luo",
    "Sharma|Patel|Singh|Kumar|Gupta|Reddy|Iyer|Nair|Rao|Joshi|Mehta|Shah|Chatterjee|Banerjee"
        + "|Mukherjee|Desai|Menon|Pillai|Agarwal|Verma",
    "Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|Kato|Yoshida|Yamada"
        + "|Sasaki|Inoue|Kimura",
    "Kim|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Han|Shin",
    "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Võ|Đặng|Bùi|Đỗ",
    "Hassan|Khan|Haddad|Nasser|Mansour|Yılmaz|Kaya|Demir|Şahin|Çelik|Öztürk|Aydın|Rahimi|Hosseini"
        + "|Karimi",
    "Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti"
        + "|De Luca",
    "Okafor|Adeyemi|Okonkwo|Eze|Nwosu|Mensah|Abubakar|Balogun|Mwangi|Otieno",
    "de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Visser|Smit|Meijer|de Boer|Mulder|Bos"
        + "|Vos|Hendriks|van Leeuwen",
    "Papadopoulos|Papadakis|Georgiou|Nikolaidis|Christodoulou",
  };

  /** How often each culture is drawn, per mille, in the order of {@link #GIVEN_BY_CULTURE}. */
  private static final int[] CULTURE_WEIGHTS = {
    180, 80, 45, 50, 60, 35, 45, 55, 110, 110, 40, 30, 25, 40, 35, 30, 20, 10,
  };

  /**
   * Full names that very many people share, as given and family name pairs: each is drawn for
   * about one person in two thousand, so a large organisation has several of each.
   */
  private static final String[][] COMMON_NAMES = {
    {"John", "Smith"}, {"James", "Smith"}, {"Michael", "Johnson"}, {"David", "Smith"},
    {"Wei", "Zhang"}, {"Wei", "Wang"}, {"Jing", "Li"}, {"Min", "Liu"}, {"María", "García"},
    {"José", "García"}, {"Juan", "Rodríguez"}, {"Mohammed", "Khan"}, {"Ahmed", "Hassan"},
    {"Rahul", "Sharma"}, {"Priya", "Patel"}, {"Rajesh", "Kumar"}, {"Min-jun", "Kim"},
    {"Anh", "Nguyễn"}, {"Thomas", "Müller"}, {"Hiroshi", "Tanaka"},
  };

  /** Words for invented handles such as {@code quietotter7}. */
  static final String[] HANDLE_ADJECTIVES = {
    "quiet", "brave", "lazy", "rapid", "cosmic", "silent", "happy", "pixel", "electric", "hidden",
    "lucky", "rusty", "golden", "crimson", "frozen", "little", "mighty", "sleepy", "wild", "clever",
    "dark", "stormy", "nimble", "cyber", "null", "async", "binary", "static", "atomic", "lambda",
  };

  /** Nouns for invented handles. */
  static final String[] HANDLE_NOUNS = {
    "otter", "fox", "panda", "falcon", "badger", "lynx", "raven", "tiger", "comet", "rocket",
    "byte", "kernel", "penguin", "walrus", "owl", "koala", "yak", "moose", "gecko", "bison",
    "coder", "hacker", "ninja", "wizard", "pointer", "monad", "packet", "socket", "photon", "quark",
  };

  /** Personal mail domains, repeated by how often they are drawn. */
  static final String[] PERSONAL_DOMAINS = {
    "gmail.com", "gmail.com", "gmail.com", "gmail.com", "gmail.com", "gmail.com", "gmail.com",
    "gmail.com", "outlook.com", "outlook.com", "hotmail.com", "hotmail.com", "yahoo.com",
    "icloud.com", "icloud.com", "proton.me", "protonmail.com", "gmx.de", "web.de", "qq.com",
    "163.com", "yandex.ru", "mail.ru", "naver.com", "orange.fr", "libero.it", "fastmail.com",
  };

  /** Company names; a generator uses one, as {@code name.example}. */
  static final String[] COMPANIES = {
    "acme", "globex", "initech", "hooli", "vandelay", "soylent", "tyrell", "cyberdyne", "aperture",
    "monarch", "nakatomi", "wonka", "umbrella", "stark", "wayne", "oscorp",
  };

  // Given names, by index.
  static final String[] GIVEN;
  static final String[] GIVEN_ASCII;
  static final String[] GIVEN_FOLD;
  /** Short forms of each given name, possibly none. */
  static final String[][] GIVEN_SHORT;
  // Family names, by index.
  static final String[] FAMILY;
  static final String[] FAMILY_ASCII;
  static final String[] FAMILY_FOLD;
  /** Per culture, the indexes of its given and family names. */
  static final int[][] GIVEN_OF_CULTURE;
  static final int[][] FAMILY_OF_CULTURE;
  /** Cumulative culture weights, per mille. */
  static final int[] CULTURE_CUMULATIVE;
  /** The {@link #COMMON_NAMES} as indexes: given name, family name. */
  static final int[][] COMMON;

  static {
    List<String> given = new ArrayList<>();
    List<String[]> shortForms = new ArrayList<>();
    List<String> family = new ArrayList<>();
    GIVEN_OF_CULTURE = new int[GIVEN_BY_CULTURE.length][];
    FAMILY_OF_CULTURE = new int[FAMILY_BY_CULTURE.length][];
    for (int culture = 0; culture < GIVEN_BY_CULTURE.length; culture++) {
      String[] entries = GIVEN_BY_CULTURE[culture].split("\\|");
      GIVEN_OF_CULTURE[culture] = new int[entries.length];
      for (int i = 0; i < entries.length; i++) {
        int colon = entries[i].indexOf(':');
        GIVEN_OF_CULTURE[culture][i] = given.size();
        given.add(colon < 0 ? entries[i] : entries[i].substring(0, colon));
        shortForms.add(colon < 0 ? new String[0] : entries[i].substring(colon + 1).split(","));
      }
      String[] families = FAMILY_BY_CULTURE[culture].split("\\|");
      FAMILY_OF_CULTURE[culture] = new int[families.length];
      for (int i = 0; i < families.length; i++) {
        FAMILY_OF_CULTURE[culture][i] = family.size();
        family.add(families[i]);
      }
    }
    GIVEN = given.toArray(new String[0]);
    GIVEN_SHORT = shortForms.toArray(new String[0][]);
    GIVEN_ASCII = new String[GIVEN.length];
    GIVEN_FOLD = new String[GIVEN.length];
    for (int i = 0; i < GIVEN.length; i++) {
      GIVEN_ASCII[i] = ascii(GIVEN[i]);
      GIVEN_FOLD[i] = fold(GIVEN[i]);
    }
    FAMILY = family.toArray(new String[0]);
    FAMILY_ASCII = new String[FAMILY.length];
    FAMILY_FOLD = new String[FAMILY.length];
    for (int i = 0; i < FAMILY.length; i++) {
      FAMILY_ASCII[i] = ascii(FAMILY[i]);
      FAMILY_FOLD[i] = fold(FAMILY[i]);
    }
    CULTURE_CUMULATIVE = new int[CULTURE_WEIGHTS.length];
    int sum = 0;
    for (int i = 0; i < CULTURE_WEIGHTS.length; i++) {
      sum += CULTURE_WEIGHTS[i];
      CULTURE_CUMULATIVE[i] = sum;
    }
    if (sum != 1000 || CULTURE_WEIGHTS.length != GIVEN_BY_CULTURE.length) {
      throw new IllegalStateException("culture weights add up to " + sum + " for "
          + CULTURE_WEIGHTS.length + " cultures; expected 1000 for " + GIVEN_BY_CULTURE.length);
    }
    COMMON = new int[COMMON_NAMES.length][];
    for (int i = 0; i < COMMON_NAMES.length; i++) {
      COMMON[i] = new int[] {index(COMMON_NAMES[i][0], GIVEN), index(COMMON_NAMES[i][1], FAMILY)};
    }
  }

  private NamePools() {}

  private static int index(String name, String[] pool) {
    int index = List.of(pool).indexOf(name);
    if (index < 0) {
      throw new IllegalStateException("common name \"" + name + "\" is not in its pool");
    }
    return index;
  }

  /** The name with accents and special letters replaced by plain ASCII: {@code Łukasz} to {@code Lukasz}. */
  static String ascii(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      switch (c) {
        case 'ø': out.append('o'); break;
        case 'Ø': out.append('O'); break;
        case 'ł': out.append('l'); break;
        case 'Ł': out.append('L'); break;
        case 'ß': out.append("ss"); break;
        case 'đ': out.append('d'); break;
        case 'Đ': out.append('D'); break;
        case 'ı': out.append('i'); break;
        case 'æ': out.append("ae"); break;
        case 'œ': out.append("oe"); break;
        default: out.append(c);
      }
    }
    return out.toString();
  }

  /** The name as a handle part: ASCII lower-case letters only ({@code O'Brien} to {@code obrien}). */
  static String fold(String name) {
    String plain = ascii(name).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(plain.length());
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (c >= 'a' && c <= 'z') {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The folded family names, for checks. */
  static Set<String> foldedFamilies() {
    return new HashSet<>(List.of(FAMILY_FOLD));
  }
}
