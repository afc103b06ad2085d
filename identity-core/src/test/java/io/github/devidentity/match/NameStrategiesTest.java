package io.github.devidentity.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import io.github.devidentity.normalize.NormalizedRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The name- and handle-based strategies: what they link, what they refuse, and why. */
final class NameStrategiesTest {
  private static int next;

  private static NormalizedRecord git(String name, String email) {
    return NormalizedRecord.of(IdentityRecord.builder(RecordId.of("r" + next++), Integration.of(IntegrationType.GIT))
        .displayName(name).email(email).build());
  }

  /** Scores the pair on every key the two share, the way the resolver would; the best evidence. */
  private static Optional<Evidence> link(CorrelationStrategy strategy, NormalizedRecord a, NormalizedRecord b) {
    List<String> left = new ArrayList<>();
    List<String> right = new ArrayList<>();
    if (strategy.blocking() == CorrelationStrategy.Blocking.PROBE) {
      // One side probes, the other holds: try both ways round.
      List<String> leftHeld = new ArrayList<>();
      List<String> rightProbed = new ArrayList<>();
      strategy.probeKeys(a, left::add);
      strategy.blockingKeys(b, right::add);
      strategy.blockingKeys(a, leftHeld::add);
      strategy.probeKeys(b, rightProbed::add);
      leftHeld.removeIf(k -> !rightProbed.contains(k));
      left.addAll(leftHeld);
      right.addAll(leftHeld);
    } else {
      strategy.blockingKeys(a, left::add);
      strategy.blockingKeys(b, right::add);
    }
    Optional<Evidence> best = Optional.empty();
    for (String key : left) {
      if (right.contains(key) && strategy.acceptsBlock(List.of(a, b), key)) {
        Optional<Evidence> evidence = strategy.score(a, b, key);
        if (evidence.isPresent() && (best.isEmpty() || evidence.get().confidence() > best.get().confidence())) {
          best = evidence;
        }
      }
    }
    return best;
  }

  @Test
  void sameHandle_linksAOneWordNameToALoginOrMailbox() {
    SameHandleStrategy strategy = new SameHandleStrategy();

    assertThat(link(strategy, git("rgommers", "ralf.gommers@googlemail.com"), git("rgommers", "rgommers@users.noreply.github.com")))
        .hasValueSatisfying(e -> assertThat(e.explanation()).isEqualTo("same handle \"rgommers\""));
    assertThat(link(strategy, git("Tobias Pitters", "tobias.pitters@gmail.com"), git("CloseChoice", "tobias.pitters@gmx.de")))
        .hasValueSatisfying(e -> assertThat(e.confidence()).isEqualTo(0.86));
    assertThat(link(strategy, git("Fayyr", "patushir@gmail.com"), git("Prathmesh Shirsat", "55539563+Fayyr@users.noreply.github.com")))
        .isPresent();
  }

  @Test
  void sameHandle_refusesGivenNamesAndContradictingNames() {
    SameHandleStrategy strategy = new SameHandleStrategy();

    assertThat(link(strategy, git("Daniel", "daniel@a.org"), git("Daniel", "daniel@b.org"))).isEmpty();
    assertThat(link(strategy, git("Kasia", "k1@a.org"), git("Kasia", "k2@b.org"))).isEmpty();
    assertThat(link(strategy, git("mohit", "m@a.org"), git("Mohit Chandra", "mohit3011@b.org"))).isEmpty();
    assertThat(link(strategy, git("John Smith", "jsmith@acme.example"), git("Jane Smith", "jsmith@other.example"))).isEmpty();
    assertThat(link(strategy, git("Ann Bee", "contact@bee.example"), git("Cy Dee", "contact@dee.example"))).isEmpty();
  }

  @Test
  void sameHandle_linksALoginCutToEightLetters() {
    assertThat(link(new SameHandleStrategy(), git("alex", "argriffi@ncsu.edu"), git("argriffing", "argriffing@gmail.com")))
        .hasValueSatisfying(e -> assertThat(e.explanation()).isEqualTo("handle \"argriffi\" is \"argriffing\" cut to 8 letters"));
  }

  @Test
  void nameHandle_linksAFullNameToTheHandleBuiltFromIt() {
    NameHandleStrategy strategy = new NameHandleStrategy();

    assertThat(link(strategy, git("Brian E Granger", "ellisonbg@gmail.com"), git("bgranger", "")))
        .hasValueSatisfying(e -> assertThat(e.explanation()).isEqualTo("handle \"bgranger\" is built from the name \"Brian E Granger\""));
    assertThat(link(strategy, git("Jorgen Stenarson", "jorgen.stenarson@bostream.nu"), git("jstenar", "")))
        .hasValueSatisfying(e -> assertThat(e.confidence()).isEqualTo(0.86));
    assertThat(link(strategy, git("mpro", "magdalena.proszewska@gmail.com"), git("mproszewska", "38814059+mproszewska@users.noreply.github.com")))
        .isPresent();
  }

  @Test
  void nameHandle_refusesTwoFullNamesAndGivenNamePrefixes() {
    NameHandleStrategy strategy = new NameHandleStrategy();

    assertThat(link(strategy, git("John Smith", "js1@a.org"), git("Jane Smith", "js2@b.org"))).isEmpty();
    assertThat(link(strategy, git("shubham11941140", "s@a.org"), git("Shubham Rathod", "sr@b.org"))).isEmpty();
    assertThat(link(strategy, git("chris.burns", "chris.burns@localhost"), git("chrisb83", "cb@b.org"))).isEmpty();
  }

  @Test
  void nameVariant_linksSpellingsOfOneName() {
    NameVariantStrategy strategy = new NameVariantStrategy();

    assertThat(link(strategy, git("Erik M. Bray", "embray@stsci.edu"), git("Erik Bray", "erik.m.bray@gmail.com")))
        .hasValueSatisfying(e -> assertThat(e.confidence()).isEqualTo(0.9));
    assertThat(link(strategy, git("Derek Homier", "a@x.org"), git("Derek Homeier", "b@y.org")))
        .hasValueSatisfying(e -> assertThat(e.explanation()).isEqualTo("name variants \"Derek Homier\" and \"Derek Homeier\""));
    assertThat(link(strategy, git("E. Madison Bray", "erik.bray@lri.fr"), git("Erik Bray", "x@y.org")))
        .hasValueSatisfying(e -> assertThat(e.confidence()).isEqualTo(0.9));
    assertThat(link(strategy, git("Bob Smith", "a@x.org"), git("Robert Smith", "b@y.org")))
        .hasValueSatisfying(e -> assertThat(e.explanation()).isEqualTo("name variants \"Bob Smith\" and \"Robert Smith\""));
    assertThat(link(strategy, git("Arthur Svistunov", "a@x.org"), git("Artur Svistunov", "b@y.org"))).isPresent();
  }

  @Test
  void nameVariant_refusesDifferentPeopleAndLeavesEqualNamesToTheFullNameStrategy() {
    NameVariantStrategy strategy = new NameVariantStrategy();

    assertThat(link(strategy, git("Andrew Cross", "a@x.org"), git("Abigail Cross", "b@y.org"))).isEmpty();
    assertThat(link(strategy, git("Sam Lee", "a@x.org"), git("Sam Lee", "b@y.org"))).isEmpty();
  }

  @Test
  void nameVariant_silentClassHoldsRecordsWhoseOnlyNameIsTheirDisplayName() {
    NameVariantStrategy strategy = new NameVariantStrategy();
    NormalizedRecord first = git("Sam Lee", "a@x.org");
    NormalizedRecord second = git("SAM  LEE", "sam.lee@y.org");

    assertThat(strategy.silentClass(first)).isNotNull().isEqualTo(strategy.silentClass(second));
    // The contract the resolver relies on when it skips such pairs.
    assertThat(link(strategy, first, second)).isEmpty();
    // A second name in the address makes the record speak for itself.
    assertThat(strategy.silentClass(git("Sam Lee", "samuel.lee@x.org"))).isNull();
    assertThat(strategy.silentClass(git("sam", "a@x.org"))).isNull();
    assertThat(new SameEmailStrategy().silentClass(first)).isNull();
  }

  @Test
  void machineLogin_linksTheOnlyPersonWithThatFirstName() {
    MachineLoginStrategy strategy = new MachineLoginStrategy();
    NormalizedRecord laptop = git("ville", "ville@VILLE-PC");
    NormalizedRecord ville = git("Ville M. Vainio", "vivainio@gmail.com");

    assertThat(link(strategy, laptop, ville)).hasValueSatisfying(e -> assertThat(e.explanation())
        .isEqualTo("machine login \"ville\" is the first name of \"Ville M. Vainio\", the only one here"));
    assertThat(strategy.acceptsBlock(List.of(laptop, ville, git("Ville Korhonen", "vk@x.org")), "ville")).isFalse();
    assertThat(link(strategy, git("joe", "joe@localhost"), git("Joe Driscoll", "jd@x.org"))).isEmpty();
    assertThat(link(strategy, git("ville", "ville@example.org"), ville)).isEmpty();
  }
}
