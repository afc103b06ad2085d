package io.github.devidentity.normalize;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import java.util.Set;

/**
 * Common given names and their usual short forms.
 *
 * <p>A handle that is only a common given name ({@code daniel}, {@code alex}) is shared by many
 * strangers, so it never links records by itself; a short form and its full name ({@code Matt}
 * and {@code Matthew}) are compatible first names. The lists are general (the most frequent given
 * names in the countries software contributors come from), never fitted to one dataset.
 */
public final class GivenNames {
  private static final Splitter SPACE = Splitter.on(' ').omitEmptyStrings();

  private static final ImmutableSet<String> COMMON = ImmutableSet.copyOf(SPACE.split(String.join(" ",
      "aaron abdul abhishek adam adrian ahmed ajay akash alan albert alberto alex alexander alexandre",
      "alexey ali alice alan allen amanda amit amy ana andre andrea andreas andrei andres andrew andrey",
      "andy angel angela anil ankit ankur anna anne anthony anton antonio anuj arjun arnaud arthur",
      "arun ashish ashok ben benjamin bill bob brandon brian bruce bruno carl carlos caroline chen",
      "charles charlie chris christian christoph christophe christopher claire colin craig daniel",
      "daniele danny dave david dean deepak dennis derek diana diego dmitri dmitry dominik don donald",
      "dong doug douglas dylan ed eduardo edward elena eli elizabeth emily emma eric erik ethan eugene",
      "evan fabian fabio felipe felix fernando florian francesco francis francisco frank fred frederic",
      "gabriel gary george georg gerard giovanni giuseppe glenn gordon greg gregory guillaume gustavo",
      "hannah hans harry hector helen henrik henry hiroshi hugo ian igor ilya isaac ivan jack jacob",
      "jake james jan jane jason javier jay jean jeff jeffrey jennifer jens jeremy jerry jesse jessica",
      "jim jimmy joao joe joel johan johannes john jon jonas jonathan jorge jose joseph josh joshua",
      "juan julia julian julien jun justin kai karl karthik kate kevin kim kumar kyle lars laura lee",
      "leo leon li lin lisa liu lucas luis luca lukas luke marc marcel marco marcus maria mario mark",
      "martin mary mateus matt matteo matthew matthias max maxim maxime michael michal michel miguel",
      "mike mohamed mohammad mohammed nathan neil nick nicolas nikhil nikita nikolai nils oleg oliver",
      "omar oscar pablo paolo pascal patrick paul paulo pavel pedro peng peter philip philipp philippe",
      "pierre piotr prashant pradeep pranav rafael rahul raj rajesh ralf ralph ram ravi ray raymond",
      "ricardo richard rick rob robert roberto robin rohan roman ron ross ruben ryan sam samuel sandeep",
      "sanjay sara sarah scott sean sebastian sergei sergey sergio shawn simon sophia stefan stefano",
      "stephen steve steven sudhir sumit sunil suresh tao thomas tim timothy tobias tom tomas tony",
      "tyler vadim victor vijay vikas vikram vincent vishal vivek vladimir wang wei will william",
      "xavier yang yi yuri yusuf zhang zhao zhou")));

  /** Short form to full forms; lookups go both ways. */
  private static final ImmutableSetMultimap<String, String> NICKNAMES = nicknames(
      "al:albert,alan,alexander", "alex:alexander,alexandre,alexandra,alexey,alexei",
      "andy:andrew,andreas", "drew:andrew", "ben:benjamin", "bill:william", "will:william",
      "bob:robert", "rob:robert", "bobby:robert", "chris:christopher,christian,christoph,christine",
      "dan:daniel", "danny:daniel", "dave:david", "ed:edward,eduardo", "eddie:edward",
      "fred:frederick,frederic,frederik", "greg:gregory", "jim:james", "jimmy:james", "jamie:james",
      "joe:joseph", "jon:jonathan", "john:jonathan", "josh:joshua", "ken:kenneth", "kate:katherine,catherine",
      "liz:elizabeth", "beth:elizabeth", "matt:matthew,matthias,mathieu", "mike:michael", "mick:michael",
      "nick:nicholas,nicolas,nikolai", "pat:patrick,patricia", "pete:peter", "phil:philip,philipp,phillip",
      "ray:raymond", "rick:richard", "dick:richard", "rich:richard", "sam:samuel,samantha",
      "steve:steven,stephen", "stu:stuart", "ted:edward,theodore", "tim:timothy", "tom:thomas",
      "tony:anthony,antonio", "vince:vincent", "zach:zachary", "jeff:jeffrey,jeffery", "jerry:gerald,jeremy",
      "larry:lawrence", "len:leonard", "max:maximilian,maxim,maxime", "nate:nathan,nathaniel",
      "sasha:alexander,aleksandr", "misha:mikhail", "dima:dmitry,dmitri", "kostya:konstantin",
      "pasha:pavel", "vova:vladimir", "seb:sebastian", "sebas:sebastian", "fede:federico", "manu:manuel",
      "pepe:jose", "paco:francisco", "nacho:ignacio", "lupe:guadalupe", "hans:johannes", "jens:johannes",
      "kasia:katarzyna", "gosia:malgorzata", "kuba:jakub", "tomek:tomasz", "bart:bartholomew,bartosz",
      "abe:abraham", "gabe:gabriel", "jake:jacob", "ben:benedict", "doug:douglas", "cris:cristian",
      "fer:fernando", "nando:fernando", "gui:guilherme,guillaume", "ale:alessandro,alejandro");

  private GivenNames() {}

  private static ImmutableSetMultimap<String, String> nicknames(String... entries) {
    ImmutableSetMultimap.Builder<String, String> builder = ImmutableSetMultimap.builder();
    for (String entry : entries) {
      int colon = entry.indexOf(':');
      String shortForm = entry.substring(0, colon);
      for (String full : Splitter.on(',').split(entry.substring(colon + 1))) {
        builder.put(shortForm, full);
        builder.put(full, shortForm);
      }
    }
    return builder.build();
  }

  /** Whether a folded token is a common given name, too common to identify anyone alone. */
  public static boolean isCommon(String token) {
    return COMMON.contains(token) || NICKNAMES.containsKey(token);
  }

  /** The other forms of a folded given name ({@code matt} gives {@code matthew}…), without itself. */
  public static Set<String> variants(String token) {
    return NICKNAMES.get(token);
  }

  /**
   * Whether two folded first names can name one person: equal, one the other's initial, a
   * nickname pair, one a prefix of at least three letters of the other ({@code Alex}, {@code
   * Alexander}), or one typo apart in names of five letters or more ({@code Arthur}, {@code
   * Artur}).
   */
  public static boolean compatible(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    if (a.length() == 1 || b.length() == 1) {
      return a.charAt(0) == b.charAt(0);
    }
    if (NICKNAMES.containsEntry(a, b)) {
      return true;
    }
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    if (shorter.length() >= 3 && longer.startsWith(shorter)) {
      return true;
    }
    return shorter.length() >= 5 && longer.length() - shorter.length() <= 1 && EditDistance.atMost(a, b, 1);
  }
}
