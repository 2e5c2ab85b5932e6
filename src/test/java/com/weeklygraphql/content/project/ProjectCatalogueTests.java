package com.weeklygraphql.content.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProjectCatalogueTests {

    private final ProjectCatalogue catalogue = ProjectCatalogue.defaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            https://github.com/sofastack/sofa-jraft                    | SOFAJRaft
            https://github.com/sofastack/sofa-jraft/issues/362         | SOFAJRaft
            https://www.github.com/mosn/mosn/tree/master/pkg           | MOSN
            https://github.com//mosn/mosn/                             | MOSN
            https://github.com/sofastack/sofa-mosn                     | MOSN
            https://github.com/mosn                                    | MOSN
            https://github.com/BabaSSL                                 | Tongsuo
            https://github.com/sofastack                               | SOFAStack
            https://github.com/occlum/occlum/releases/tag/0.7.0        | occlum
            https://github.com/sofastack/sofa-common-tools.git         | sofa-common-tools
            """)
    void namesAProjectFromItsRepositoryUrl(String url, String name) {
        assertThat(catalogue.nameFromRepositoryUrl(url)).contains(name);
    }

    @Test
    void aUrlElsewhereNamesNoProject() {
        assertThat(catalogue.nameFromRepositoryUrl("https://gitee.com/sofastack/sofa-jraft")).isEmpty();
        assertThat(catalogue.nameFromRepositoryUrl("https://example.com/?u=github.com/mosn/mosn")).isEmpty();
        assertThat(catalogue.nameFromRepositoryUrl(null)).isEmpty();
    }

    @Test
    void findsWholeWordMentionsInOrderLongestFirst() {
        assertThat(catalogue.mentionsIn("SOFABolt 与 Bolt 协议，SOFA RPC 调用 sofa-jraft，com.alipay.sofa.jraft"))
                .containsExactly("SOFABolt", "SOFARPC", "SOFAJRaft", "SOFAStack");
        assertThat(catalogue.mentionsIn("contacts and boltzmann")).isEmpty();
        assertThat(catalogue.mentionsIn("铜锁探「密」")).containsExactly("Tongsuo");
    }

    @Test
    void resolvesAMisspeltLongName() {
        assertThat(catalogue.resolve("SOFARegistery")).isEqualTo("SOFARegistry");
        assertThat(catalogue.resolve("sofa-registry")).isEqualTo("SOFARegistry");
        assertThat(catalogue.resolve("SOFAHessian")).isEqualTo("SOFAHessian");
        assertThat(catalogue.resolve("Kusion")).isEqualTo("Kusion");
        assertThat(catalogue.canonicalName("SOFARegistery")).isEqualTo("SOFARegistery");
    }

    @Test
    void theOrganisationWideProjectIsAnUmbrella() {
        assertThat(catalogue.isUmbrella("SOFA")).isTrue();
        assertThat(catalogue.isUmbrella("SOFAJRaft")).isFalse();
        assertThat(catalogue.isUmbrella("Occlum")).isFalse();
    }
}
