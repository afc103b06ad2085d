package io.github.devidentity.match;

/** Checks shared by the built-in strategies. */
final class Strategies {
  private Strategies() {}

  static double checkConfidence(double confidence) {
    if (!(confidence > 0 && confidence <= 1)) {
      throw new IllegalArgumentException(
          "confidence is " + confidence + "; expected a number in (0, 1]");
    }
    return confidence;
  }
}
