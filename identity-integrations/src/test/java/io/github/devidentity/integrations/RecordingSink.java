package io.github.devidentity.integrations;

import io.github.devidentity.model.IdentityRecord;
import io.github.devidentity.spi.ContributionFact;
import io.github.devidentity.spi.IdentitySink;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Keeps what a source hands over, in order, and the pauses its HTTP settings took, for assertions. */
final class RecordingSink implements IdentitySink {
  final List<IdentityRecord> records = new ArrayList<>();
  final List<ContributionFact> facts = new ArrayList<>();
  final List<Duration> pauses = new ArrayList<>();

  @Override
  public void record(IdentityRecord record) {
    records.add(record);
  }

  @Override
  public void contribution(ContributionFact fact) {
    facts.add(fact);
  }

  /** The ids of the records handed over, in order, repeats kept. */
  List<String> ids() {
    return records.stream().map(record -> record.id().value()).collect(Collectors.toList());
  }

  /** The last record handed over with this id. */
  Optional<IdentityRecord> record(String id) {
    IdentityRecord found = null;
    for (IdentityRecord record : records) {
      if (record.id().value().equals(id)) {
        found = record;
      }
    }
    return Optional.ofNullable(found);
  }

  /** Settings that record pauses instead of sleeping, wait out rate limits up to a minute, and ask for pages of this size. */
  HttpSettings settings(int pageSize) {
    return HttpSettings.builder().sleeper(pauses::add).maxRateLimitWait(Duration.ofSeconds(60)).pageSize(pageSize).build();
  }
}
