/**
 * Identity sources and their wiring. The sources: {@link
 * io.github.devidentity.integrations.GitHubSource}, {@link
 * io.github.devidentity.integrations.GitLabSource}, {@link
 * io.github.devidentity.integrations.BitbucketCloudSource}, {@link
 * io.github.devidentity.integrations.BitbucketServerSource}, {@link
 * io.github.devidentity.integrations.AzureDevOpsSource}, {@link
 * io.github.devidentity.integrations.JiraCloudSource}, {@link
 * io.github.devidentity.integrations.JiraDataCenterSource}, {@link
 * io.github.devidentity.integrations.HarnessCodeSource} (HTTP, with {@link
 * io.github.devidentity.integrations.HttpSettings} and tokens as {@link
 * io.github.devidentity.integrations.Secret}s) and {@link
 * io.github.devidentity.integrations.LocalGitSource}. The wiring: {@link
 * io.github.devidentity.integrations.SourceRegistry} finds the
 * providers on the class or module path, {@link io.github.devidentity.integrations.SyncRunner}
 * syncs several sources from their cursors and reports what each yielded or why it failed, and
 * {@link io.github.devidentity.integrations.InMemorySource} serves a fixed list of records for
 * tests and examples.
 */
@NullMarked
package io.github.devidentity.integrations;

import org.jspecify.annotations.NullMarked;
