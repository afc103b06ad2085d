package io.github.devidentity.match;

import io.github.devidentity.normalize.EmailAddress;
import io.github.devidentity.normalize.GivenNames;
import io.github.devidentity.normalize.Handles;
import io.github.devidentity.normalize.NameRelation;
import io.github.devidentity.normalize.NormalizedRecord;
import io.github.devidentity.normalize.Placeholders;
import io.github.devidentity.normalize.PersonName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Links the identity git makes up on an unconfigured machine ({@code ville <ville@VILLE-PC>},
 * {@code silvia@silvia-laptop.(none)}) to the one person here whose first name is that login.
 *
 * <p>Rules, and why:
 *
 * <ul>
 *   <li>A machine identity is an address on a host that is no mail domain: no dot, {@code
 *       .local}, {@code .lan}, {@code .(none)}, {@code localhost}. Its local part is the login on
 *       that machine, usually the owner's first name, three letters or more. Common given names
 *       ({@code joe}, {@code julian}) are too likely to belong to someone else and never link.
 *   <li>The login links to a full name whose first name it is (or a form of it: {@code jon},
 *       Jonathan), only while every full name sharing that first name or its forms here could be
 *       one person's; with two people called Ville the block is refused as ambiguous. So the rule
 *       grows more careful as the organisation grows.
 *   <li>The machine identity's own display name must not be another full name.
 *   <li>Evidence weighs 0.86: a first name alone is weak, uniqueness makes it enough.
 * </ul>
 */
public final class MachineLoginStrategy implements CorrelationStrategy {
  /** The strategy's name in evidence. */
  public static final String NAME = "machine-login";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Blocking blocking() {
    return Blocking.PROBE;
  }

  /** A machine identity looks its login up among first names. */
  @Override
  public void probeKeys(NormalizedRecord record, Consumer<String> keys) {
    String login = machineLogin(record);
    if (login != null) {
      keys.accept(login);
    }
  }

  /** A full name is held under its first name and that name's other forms. */
  @Override
  public void blockingKeys(NormalizedRecord record, Consumer<String> keys) {
    record.fullName().ifPresent(name -> {
      // The block of "jon" must also hold the Jonathans, or "the only Jon here" is a guess.
      String first = name.parts().get(0);
      keys.accept(first);
      GivenNames.variants(first).forEach(keys);
    });
  }

  @Override
  public boolean acceptsBlock(List<NormalizedRecord> members, String key) {
    List<PersonName> names = new ArrayList<>();
    boolean machine = false;
    for (NormalizedRecord member : members) {
      machine |= key.equals(machineLogin(member));
      member.fullName().ifPresent(names::add);
    }
    if (!machine || names.isEmpty()) {
      return false;
    }
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        if (NameRelation.of(names.get(i), names.get(j)) == NameRelation.CONFLICT) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public Optional<Evidence> score(NormalizedRecord a, NormalizedRecord b, String key) {
    NormalizedRecord machine = key.equals(machineLogin(a)) ? a : b;
    NormalizedRecord named = machine == a ? b : a;
    if (!key.equals(machineLogin(machine)) || machine.fullName().isPresent()) {
      return Optional.empty();
    }
    Optional<PersonName> name = named.fullName();
    if (name.isEmpty() || !GivenNames.compatible(name.get().parts().get(0), key)) {
      return Optional.empty();
    }
    return Optional.of(new Evidence(NAME, 0.86, "machine login \"" + key
        + "\" is the first name of \"" + name.get().raw().trim() + "\", the only one here"));
  }

  /** The login of a machine identity, folded, or null when the record has none. */
  static String machineLogin(NormalizedRecord record) {
    for (EmailAddress email : record.emails()) {
      if (email.status() == EmailAddress.Status.INVALID || email.noreply() != null) {
        continue;
      }
      String domain = email.domain().toLowerCase(Locale.ROOT);
      boolean machine = domain.indexOf('.') < 0 || domain.endsWith(".local") || domain.endsWith(".lan")
          || domain.endsWith(".(none)") || domain.endsWith(".localdomain") || domain.equals("localhost");
      String login = Handles.fold(email.localPart());
      if (machine && login.length() >= 3 && login.chars().allMatch(Character::isLetter)
          && !GivenNames.isCommon(login)
          && !Placeholders.isPlaceholderEmail(login, "example.org") && !Placeholders.isPlaceholderName(login)) {
        return login;
      }
    }
    return null;
  }
}
