/**
 * An example program of bot detection: {@link io.github.devidentity.examples.bots.BotsExample}
 * shows what is recognised as automation and why, and how decisions override it.
 */
@NullMarked
package io.github.devidentity.examples.bots;

import org.jspecify.annotations.NullMarked;
