/**
 * Git's {@code .mailmap}: {@link io.github.devidentity.mailmap.Mailmap read} with git's own rules,
 * {@link io.github.devidentity.mailmap.MailmapImport imported} as merge decisions or used as a
 * {@link io.github.devidentity.mailmap.MailmapStrategy correlation strategy}, and {@link
 * io.github.devidentity.mailmap.MailmapExport written} from a resolution so that {@code git
 * shortlog} and {@code git check-mailmap} show each contributor under one name and address.
 *
 * <p>Parsing follows git 2.39's {@code mailmap.c} and {@code gitmailmap(5)}: every line git reads
 * as an entry is read the same way, and every line or part of a line git ignores is reported as a
 * {@link io.github.devidentity.mailmap.Mailmap.Problem problem} with its line and column.
 */
@NullMarked
package io.github.devidentity.mailmap;

import org.jspecify.annotations.NullMarked;
