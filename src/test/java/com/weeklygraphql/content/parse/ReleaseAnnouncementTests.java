package com.weeklygraphql.content.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReleaseAnnouncementTests {

    private final ReleaseAnnouncements grammar = NewsletterProfile.defaults().releaseAnnouncements();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            1、发布 SOFARegistry v5.4.0 版本，主要变更如下：   | SOFARegistry      | 5.4.0
            SOFAJRaft 发布 v1.3.6 版本                      | SOFAJRaft         | 1.3.6
            本周 SOFAJRaft 发布 1.3.8v 版本。主要更新如下：    | SOFAJRaft         | 1.3.8
            发布 SOFARPC 5.10.1 版本，主要变更如下:           | SOFARPC           | 5.10.1
            发布 SOFARegistry 5.2.1, 主要变更如下：          | SOFARegistry      | 5.2.1
            发布 SOFA MOSN v0.11.0 版本，主要变更如下：       | SOFA MOSN         | 0.11.0
            发布 MOSN V0.26.0 版本                          | MOSN              | 0.26.0
            2、发布 SOFAJRaft v1.3.5.Alpha1 版本            | SOFAJRaft         | 1.3.5.Alpha1
            发布 SOFAJRaft v1.3.4.bugfix_2 版本             | SOFAJRaft         | 1.3.4.bugfix_2
            本周 sofa-rpc 发布 v5.7.8 版本代码              | sofa-rpc          | 5.7.8
            本周 Layotto 发布了 v0.1.0                      | Layotto           | 0.1.0
            SOFAActs 1.0.1 版本发布，主要变更如下：           | SOFAActs          | 1.0.1
            MOSN v1.1.0 版本发布                            | MOSN              | 1.1.0
            1、sofa-common-tools 发布 v1.3.2 版本           | sofa-common-tools | 1.3.2
            发布 1.3.10 版本                                | -                 | 1.3.10
            v0.4.0 版本发布                                 | -                 | 0.4.0
            """)
    void readsAnnouncements(String line, String project, String version) {
        ReleaseAnnouncement announcement = grammar.inLine(line).orElseThrow();
        assertThat(announcement.project()).isEqualTo(project);
        assertThat(announcement.versions()).containsExactly(version);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            jraft 从 1.2.5 更新到 1.2.7.beta1
            升级 Hessian 到 3.5.0
            SOFARPC 5.8.6 是一个功能优化、Bug 修复版本，建议使用 5.7.10 ~ 5.8.5 版本的用户都升级到 5.8.6。
            安全修改，升级 Jettyserver 版本到 9.4.17.v20190418.
            """)
    void versionsInChangeLinesAreNotReleases(String line) {
        assertThat(grammar.inLine(line)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Layotto v0.4.0 版本 | Layotto
            Tongsuo 8.3.2 版本发布 | Tongsuo
            """)
    void aHeadingMayNameJustProjectAndVersion(String heading, String project) {
        assertThat(grammar.inHeading(heading).orElseThrow().project()).isEqualTo(project);
    }

    @Test
    void oneAnnouncementCanCarrySeveralVersions() {
        assertThat(grammar.inLine("1、发布 SOFATracer 2.4.1/3.0.6, 主要变更如下：").orElseThrow().versions())
                .isEqualTo(List.of("2.4.1", "3.0.6"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SOFARegistry 发布 V6 的第一个版本        | SOFARegistry
            SOFARegistry V6 正式发布的首个版本。      | SOFARegistry
            本周 Layotto v1 正式发布                | Layotto
            """)
    void anAnnouncementWithoutItsVersionNamesItsProject(String line, String project) {
        assertThat(grammar.inLine(line)).isEmpty();
        ReleaseAnnouncement announcement = grammar.withoutVersion(line).orElseThrow();
        assertThat(announcement.project()).isEqualTo(project);
        assertThat(announcement.versions()).isEmpty();
    }

    @Test
    void aFullVersionIsReadNotLeftToTheNotes() {
        assertThat(grammar.withoutVersion("SOFARegistry 发布 v6.1.4 版本")).isEmpty();
        assertThat(grammar.withoutVersion("SOFARegistry V6.1 正式发布")).isEmpty();
    }
}
