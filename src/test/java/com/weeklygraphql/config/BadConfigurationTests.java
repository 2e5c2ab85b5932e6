package com.weeklygraphql.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.weeklygraphql.WeeklyGraphqlApplication;
import com.weeklygraphql.support.ContentRepositories;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A setting that cannot work stops the start with one line that names it. */
@ExtendWith(OutputCaptureExtension.class)
class BadConfigurationTests {

    @TempDir
    Path temp;

    @Test
    void anUnreachableRepositoryWithNoCloneNamesTheUri(CapturedOutput output) {
        String missing = temp.resolve("no-such-repository").toString();

        assertStartFails(output, "content.repository.uri", "--content.repository.uri=" + missing,
                "--content.data-dir=" + temp.resolve("data"));
    }

    @Test
    void aBranchThatDoesNotExistNamesTheBranchSetting(CapturedOutput output) {
        Path remote = ContentRepositories.sampleRepository(temp.resolve("remote"));

        assertStartFails(output, "content.repository.branch", "--content.repository.uri=" + remote,
                "--content.repository.branch=no-such-branch", "--content.data-dir=" + temp.resolve("data"));
        assertThat(output).contains("branches there: main");
    }

    @Test
    void anUnwritableDataDirNamesTheDataDir(CapturedOutput output) throws IOException {
        // A regular file where the data dir should be: unwritable as a directory even for root.
        Path notADirectory = Files.writeString(temp.resolve("data"), "a file");

        assertStartFails(output, "content.data-dir", "--content.data-dir=" + notADirectory.resolve("nested"));
    }

    @Test
    void aLimitBelowItsLeastNamesTheLimitAndItsLeast(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(WeeklyGraphqlApplication.class)
                .run("--api.limits.concurrent-executions=-1", "--content.data-dir=" + temp.resolve("data"), "--server.port=0",
                        "--content.sync.interval=0")
                .close())
                .hasStackTraceContaining("api.limits.concurrent-executions must be at least 0, not -1");
        assertThat(output).containsPattern("Description:\\s+Failed to bind properties under 'api.limits'")
                .contains("api.limits.concurrent-executions must be at least 0, not -1");
    }

    private static void assertStartFails(CapturedOutput output, String property, String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--server.port=0";
        all[args.length + 1] = "--content.sync.interval=0";

        assertThatThrownBy(() -> new SpringApplicationBuilder(WeeklyGraphqlApplication.class).run(all).close())
                .hasStackTraceContaining(property);
        assertThat(output).containsPattern("Description:\\s+" + java.util.regex.Pattern.quote(property) + ": ");
    }
}
