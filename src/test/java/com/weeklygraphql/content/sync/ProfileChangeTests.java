package com.weeklygraphql.content.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.content.model.ContentProblem;
import com.weeklygraphql.content.parse.NewsletterProfile;
import com.weeklygraphql.support.GitRemote;
import com.weeklygraphql.support.SampleIssues;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code newsletter.yaml} committed to the content repository replaces the built-in profile, and a change to it
 * re-reads every file, as a changed catalogue does: the markdown blobs are the same, what they mean is not.
 */
class ProfileChangeTests {

    @TempDir
    Path dir;

    private GitRemote remote;
    private SyncFixture fixture;

    @BeforeEach
    void archiveOfTwelveIssues() {
        remote = GitRemote.create(dir.resolve("remote"));
        remote.commit("Twelve issues", SampleIssues.first(12));
        remote.push();
        fixture = SyncFixture.start(dir.resolve("data"), remote.uri());
    }

    @AfterEach
    void close() {
        fixture.close();
        remote.close();
    }

    @Test
    void aCommittedProfileChangesWhatIsAnIssueAndRemovingItRestoresTheBuiltIn() throws IOException {
        assertThat(fixture.served().issueCount()).isEqualTo(12);
        long parses = fixture.loader.parseCount();

        remote.commit(NewsletterProfile.FILE_NAME, builtInProfile().replace("issueMarks: [SOFA Weekly]",
                "issueMarks: [Another Newsletter]"));
        remote.push();
        fixture.sync.syncNow();

        assertThat(fixture.served().issueCount()).isZero();
        assertThat(fixture.loader.parseCount() - parses).as("every file re-read under the new profile").isEqualTo(12);

        remote.delete(NewsletterProfile.FILE_NAME);
        remote.push();
        fixture.sync.syncNow();

        assertThat(fixture.served().issueCount()).isEqualTo(12);
    }

    @Test
    void aBrokenProfileIsAProblemAndTheConfiguredOneIsUsed() {
        remote.commit(NewsletterProfile.FILE_NAME, "name: Broken\nissueMarks: [SOFA Weekly]\ntimeZone: Beijing\n");
        remote.push();
        fixture.sync.syncNow();

        assertThat(fixture.served().issueCount()).isEqualTo(12);
        assertThat(fixture.served().problems()).extracting(ContentProblem::path).contains(NewsletterProfile.FILE_NAME);
        assertThat(fixture.served().problems()).filteredOn(p -> p.path().equals(NewsletterProfile.FILE_NAME))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("timeZone").contains("+08:00"));
    }

    private static String builtInProfile() throws IOException {
        try (InputStream in = NewsletterProfile.class.getResourceAsStream("/" + NewsletterProfile.FILE_NAME)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
