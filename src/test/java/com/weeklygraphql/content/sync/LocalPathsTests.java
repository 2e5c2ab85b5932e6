package com.weeklygraphql.content.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalPathsTests {

    @Test
    void absolutePathsAndFileUrlsAreHidden() {
        assertThat(LocalPaths.hide("cannot create the data dir /srv/weekly/data/repository.git: Permission denied"))
                .isEqualTo("cannot create the data dir <path>: Permission denied");
        assertThat(LocalPaths.hide("file:///tmp/nodes-remote123/remote.git: not found."))
                .isEqualTo("<path>: not found.");
        assertThat(LocalPaths.hide("'/data/x y' is locked")).isEqualTo("'<path> y' is locked");
    }

    @Test
    void urlsOfRemotesAndPlainTextStay() {
        String message = "https://github.com/sofastack/sofastack.tech.git: not authorized; try ssh://git@host:22/a/b.git, 1/2 done";
        assertThat(LocalPaths.hide(message)).isEqualTo(message);
        assertThat(LocalPaths.hide(null)).isNull();
    }
}
