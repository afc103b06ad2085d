package io.github.devidentity.examples.evaluate;

import io.github.devidentity.model.RecordId;
import io.github.devidentity.normalize.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Pair-counting scores of one predicted clustering against one labelled dataset.
 *
 * <p>Recall is the share of truth pairs (two records of one person) that the prediction puts
 * together. A predicted pair of two different persons is <em>unknown</em>, not false, when the two
 * records share an email (ignoring case) or the two persons' canonical names are equal once
 * accents, case and punctuation are folded: a {@code .mailmap} lists aliases, not distinct
 * people. Precision is a lower bound: true pairs over true plus false pairs. Curated precision
 * counts as false only pairs between two persons the mailmap itself touched.
 *
 * @param truthPairs record pairs of one person
 * @param truePairs predicted pairs of one person
 * @param unknownPairs predicted pairs of two persons that may be one
 * @param falsePairs predicted pairs of two persons that are not unknown
 * @param curatedFalsePairs false pairs between two persons both touched by the mailmap
 */
public record PairScore(long truthPairs, long truePairs, long unknownPairs, long falsePairs, long curatedFalsePairs) {

  /** Scores a prediction, given as each record's cluster label. */
  static PairScore score(LabelledDataset dataset, Map<RecordId, String> predicted) {
    Map<String, List<RecordId>> clusters = new HashMap<>();
    Map<String, Long> perPerson = new HashMap<>();
    for (RecordId record : dataset.personOf.keySet()) {
      String cluster = predicted.get(record);
      if (cluster == null) {
        throw new IllegalArgumentException("the prediction has no cluster for record " + record);
      }
      clusters.computeIfAbsent(cluster, k -> new ArrayList<>()).add(record);
      perPerson.merge(dataset.personOf.get(record), 1L, Long::sum);
    }
    long truthPairs = 0;
    for (long n : perPerson.values()) {
      truthPairs += n * (n - 1) / 2;
    }
    Map<RecordId, List<String>> emails = dataset.rawEmails();
    Map<String, String> foldedNames = new HashMap<>();
    dataset.canonicalName.forEach((person, name) -> foldedNames.put(person, Names.fold(name)));
    long truePairs = 0;
    long unknown = 0;
    long wrong = 0;
    long curatedWrong = 0;
    for (List<RecordId> members : clusters.values()) {
      for (int i = 0; i < members.size(); i++) {
        for (int j = i + 1; j < members.size(); j++) {
          RecordId a = members.get(i);
          RecordId b = members.get(j);
          String pa = dataset.personOf.get(a);
          String pb = dataset.personOf.get(b);
          if (pa.equals(pb)) {
            truePairs++;
          } else if (shareEmail(emails.get(a), emails.get(b))
              || (foldedNames.containsKey(pa) && Objects.equals(foldedNames.get(pa), foldedNames.get(pb)))) {
            unknown++;
          } else {
            wrong++;
            if (dataset.curated.contains(pa) && dataset.curated.contains(pb)) {
              curatedWrong++;
            }
          }
        }
      }
    }
    return new PairScore(truthPairs, truePairs, unknown, wrong, curatedWrong);
  }

  private static boolean shareEmail(List<String> a, List<String> b) {
    for (String email : a) {
      if (b.contains(email)) {
        return true;
      }
    }
    return false;
  }

  /** Recall: share of truth pairs predicted together. */
  public double recall() {
    return truthPairs == 0 ? 1 : (double) truePairs / truthPairs;
  }

  /** Precision, a lower bound. */
  public double precision() {
    return truePairs + falsePairs == 0 ? 1 : (double) truePairs / (truePairs + falsePairs);
  }

  /** Precision counting only pairs of two curated persons as false. */
  public double curatedPrecision() {
    return truePairs + curatedFalsePairs == 0 ? 1 : (double) truePairs / (truePairs + curatedFalsePairs);
  }

  /** F1 of precision and recall. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
