/**
 * devidentity integrations: identity sources for GitHub, GitLab, Bitbucket Cloud and Server, Azure
 * DevOps, Jira Cloud and Data Center, Harness Code and local git repositories; finds {@link
 * io.github.devidentity.spi.IdentitySourceProvider identity source providers}, runs sources and
 * collects what they yield.
 */
module io.github.devidentity.integrations {
  requires transitive io.github.devidentity.core;
  // The HTTP sources parse the tools' JSON with Jackson; no Jackson type is in our API.
  requires com.fasterxml.jackson.databind;
  requires java.net.http;
  // An automatic module (JGit 7 names itself in its manifest); no JGit type is in our API.
  requires org.eclipse.jgit;

  exports io.github.devidentity.integrations;

  uses io.github.devidentity.spi.IdentitySourceProvider;
}
