package io.github.devidentity.integrations;

import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.model.Integration;
import io.github.devidentity.model.IntegrationType;
import io.github.devidentity.model.RecordId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Builds small records of one integration for tests; ids are {@code instance:login}. */
final class Records {
  private final Integration integration;

  Records(IntegrationType type, String instance) {
    this.integration = Integration.of(type, instance);
  }

  Integration integration() {
    return integration;
  }

  IdentityRecord record(String login) {
    return IdentityRecord.builder(RecordId.of(integration.instance() + ":" + login), integration)
        .login(login)
        .build();
  }

  /** A record with the id of {@code record(login)} but another display name, to see replacement. */
  IdentityRecord renamed(String login, String displayName) {
    return record(login).toBuilder().displayName(displayName).build();
  }

  List<IdentityRecord> records(String... logins) {
    return Arrays.stream(logins).map(this::record).collect(Collectors.toList());
  }
}
