/**
 * The only code that calls JGit: a bare clone under the data dir, fetched from the remote, read straight
 * from commit trees (no working tree), diffed tree to tree. JGit's exceptions are translated here into
 * {@link com.weeklygraphql.content.git.GitSyncException}, with secrets scrubbed from their messages.
 */
package com.weeklygraphql.content.git;
