/**
 * The {@code identity-examples} command-line tool: {@link io.github.devidentity.examples.cli.Main}
 * dispatches to one class per subcommand ({@code demo}, {@code resolve}…), each a small
 * {@code Command}. Arguments are parsed by hand, without a CLI library.
 */
@NullMarked
package io.github.devidentity.examples.cli;

import org.jspecify.annotations.NullMarked;
