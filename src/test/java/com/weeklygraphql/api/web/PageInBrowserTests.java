package com.weeklygraphql.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.support.Chromium;
import com.weeklygraphql.support.ContentRepositories;
import com.weeklygraphql.support.GraphQlClients;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The page for people in a real browser (headless Chromium) against the service serving the real sample plus
 * one hostile issue: what a person sees is what the GraphQL API answers, links lead from the archive to an issue
 * and to a project, the chart has one bar per quarter, it works by keyboard and on a phone, and content is
 * never run as HTML. Screenshots of each page go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "content.sync.interval=0")
class PageInBrowserTests {

    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() { };
    private static final String HOSTILE_SLUG = "sofa-weekly-hostile";
    private static final String HOSTILE_TITLE = "SOFA Weekly | <img src=x onerror=document.body.dataset.pwned=1>注入测试";
    private static final Path REMOTE = hostileSample();
    private static final Dimension DESKTOP = new Dimension(1280, 1000);
    private static final Dimension PHONE = new Dimension(390, 844);

    @LocalServerPort
    int port;

    // One browser for the class: starting Chromium costs more than most of these tests.
    static WebDriver browser;

    HttpGraphQlTester graphQl;

    @DynamicPropertySource
    static void content(DynamicPropertyRegistry registry) {
        registry.add("content.repository.uri", REMOTE::toString);
        registry.add("content.data-dir", () -> ContentRepositories.tempDir("page-data").toString());
    }

    // The sample, and one issue (dated before all others, so it is last in the archive) made to run script if
    // the page ever inserted content as HTML.
    private static Path hostileSample() {
        Path remote = ContentRepositories.sampleRepository(ContentRepositories.tempDir("page-remote"));
        ContentRepositories.commit(remote, "content/zh/blog/" + HOSTILE_SLUG + "/index.md",
                ContentRepositories.issueMarkdown(HOSTILE_TITLE, "2018-01-05T15:00:00+08:00", """
                        <script>document.body.dataset.pwned = 'script'</script>

                        ### 每周读者问答提炼

                        **@<b onmouseover=alert(1)>黑客</b>** 提问：

                        > <img src=x onerror="document.body.dataset.pwned='question'"> 能注入吗？

                        A：<svg onload="document.body.dataset.pwned='answer'"></svg> 不能。

                        SOFARPC：[repo](javascript:document.body.dataset.pwned='link')

                        ### SOFA 项目进展

                        **发布 SOFARPC 9.9.9 版本，主要变更如下：**

                        - <img src=x onerror="document.body.dataset.pwned='change'"> 修复注入
                        - 第二项，含逗号

                        详细发布报告：[notes](javascript:document.body.dataset.pwned='notes')
                        """), "A hostile issue");
        return remote;
    }


    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void client() {
        Chromium.requireInstalled();
        if (browser == null) {
            browser = Chromium.start(DESKTOP.getWidth(), DESKTOP.getHeight());
        }
        graphQl = GraphQlClients.graphQl(port);
        browser.manage().window().setSize(DESKTOP);
    }

    @Test
    void theArchiveShowsTheNewestIssuesAsTheApiAnswersThem() {
        load("/");
        List<String> expected = titles("{}", null);
        int total = graphQl.document("{ issues { totalCount } }").execute().path("issues.totalCount").entity(Integer.class).get();

        assertThat(texts(".issue-card h2 a")).isEqualTo(expected).hasSize(20);
        assertThat(browser.findElement(By.cssSelector(".summary")).getText()).startsWith(total + " issues");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Issues");
        Chromium.screenshot(browser, "archive");
    }

    @Test
    void filtersByProjectYearAndTagNarrowTheArchive() {
        load("/");
        new Select(browser.findElement(By.id("filter-project"))).selectByVisibleText("MOSN");
        new Select(browser.findElement(By.id("filter-year"))).selectByVisibleText("2021");
        browser.findElement(By.cssSelector(".filters button[type=submit]")).click();
        waitForPage("project=MOSN");

        assertThat(browser.getCurrentUrl()).contains("year=2021").doesNotContain("tag=");
        List<String> expected = titles("{projects: [\"MOSN\"], from: \"2021-01-01\", to: \"2021-12-31\"}", null);
        assertThat(expected).isNotEmpty();
        assertThat(texts(".issue-card h2 a")).isEqualTo(expected);
        Chromium.screenshot(browser, "archive-filtered");

        String tag = browser.findElement(By.cssSelector(".issue-card a.tag")).getText().substring(1);
        browser.findElement(By.cssSelector(".issue-card a.tag")).click();
        waitForPage("tag=");
        assertThat(texts(".issue-card h2 a")).isEqualTo(titles("{tags: [\"" + tag + "\"]}", null));
        assertThat(browser.findElement(By.id("filter-tag")).getAttribute("value")).isEqualTo(tag);
    }

    @Test
    void pagingGoesToOlderIssuesAndBack() {
        load("/");
        List<String> firstPage = texts(".issue-card h2 a");
        String endCursor = graphQl.document("{ issues(first: 20) { pageInfo { endCursor } } }").execute()
                .path("issues.pageInfo.endCursor").entity(String.class).get();

        browser.findElement(By.cssSelector(".pager a[rel=next]")).click();
        waitForPage("after=");
        assertThat(texts(".issue-card h2 a")).isEqualTo(titles("{}", endCursor));

        browser.findElement(By.cssSelector(".pager a[rel=prev]")).click();
        waitForPage("before=");
        assertThat(texts(".issue-card h2 a")).isEqualTo(firstPage);
    }

    @Test
    void anIssueLinkOpensTheIssueAndAProjectLinkOpensItsChartWithOneBarPerQuarter() {
        load("/");
        // The newest issue on the first page that announced a release: found by asking, not by name.
        Map<String, Object> issue = firstIssueWithReleases();
        String slug = (String) issue.get("slug");
        browser.findElement(By.cssSelector(".issue-card h2 a[href='/issues/" + slug + "']")).click();
        waitForPage("/issues/" + slug);

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(issue.get("title"));
        assertThat(browser.findElement(By.tagName("h1")).getAttribute("lang")).isEqualTo("zh-Hans");
        assertThat(browser.findElements(By.cssSelector(".issue-body p"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".release"))).hasSize(sizeOf(issue, "releases"));
        assertThat(browser.findElements(By.cssSelector(".question"))).hasSize(sizeOf(issue, "questions"));
        assertThat(browser.findElements(By.cssSelector(".event"))).hasSize(sizeOf(issue, "events"));
        Chromium.screenshot(browser, "issue");

        WebElement projectLink = browser.findElement(By.cssSelector(".release h3 a"));
        String project = projectLink.getText();
        projectLink.click();
        waitForPage("/projects/");

        List<Map<String, Object>> buckets = graphQl.document("query($p: String!) { releaseCadence(project: $p, interval: QUARTER) { start releases } }")
                .variable("p", project).execute().path("releaseCadence").entityList(OBJECT).get();
        int releases = graphQl.document("query($p: String!) { project(name: $p) { cadence { releases } } }").variable("p", project)
                .execute().path("project.cadence.releases").entity(Integer.class).get();
        List<WebElement> bars = browser.findElements(By.cssSelector("svg.cadence-chart rect.bar"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(project);
        assertThat(bars).hasSize(buckets.size());
        assertThat(bars.stream().map(bar -> bar.getAttribute("data-start")).toList())
                .isEqualTo(buckets.stream().map(bucket -> bucket.get("start")).toList());
        assertThat(bars.stream().mapToInt(bar -> Integer.parseInt(bar.getAttribute("data-releases"))).sum()).isEqualTo(releases);
        long quiet = buckets.stream().filter(bucket -> (Integer) bucket.get("releases") == 0).count();
        assertThat(browser.findElements(By.cssSelector("svg.cadence-chart rect.bar.gap"))).hasSize((int) quiet);
        assertThat(browser.findElements(By.cssSelector(".release-list > li"))).hasSize(releases);
        Chromium.screenshot(browser, "project");
    }

    @Test
    void aProjectWithQuietQuartersShowsThemAsGaps() {
        // Any project whose cadence has an empty quarter between releases.
        List<Map<String, Object>> buckets = graphQl.document("{ releaseCadence(interval: QUARTER) { project { name } start releases } }")
                .execute().path("releaseCadence").entityList(OBJECT).get();
        String project = buckets.stream().filter(bucket -> (Integer) bucket.get("releases") == 0)
                .map(bucket -> (String) ((Map<?, ?>) bucket.get("project")).get("name")).findFirst().orElseThrow();
        load("/projects/" + project);

        assertThat(browser.findElements(By.cssSelector("svg.cadence-chart rect.bar.gap"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector(".cadence figcaption")).getText()).contains("quarters without a release");
    }

    @Test
    void everyPageIsReadableOnAPhone() {
        browser.manage().window().setSize(PHONE);
        assertThat((Long) script("return window.innerWidth;")).isLessThanOrEqualTo(PHONE.getWidth());
        String slug = (String) firstIssueWithReleases().get("slug");
        for (Map.Entry<String, String> page : Map.of("phone-archive", "/", "phone-issue", "/issues/" + slug,
                "phone-project", "/projects/MOSN", "phone-projects", "/projects").entrySet()) {
            load(page.getValue());
            long overflow = (Long) script("return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(overflow).as(page.getValue() + " scrolls sideways by").isLessThanOrEqualTo(0);
            Chromium.screenshot(browser, page.getKey());
        }
    }

    @Test
    void thePageIsUsableByKeyboard() {
        load("/");
        Actions keys = new Actions(browser);
        keys.sendKeys(Keys.TAB).perform();
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Skip to content");

        String firstIssue = browser.findElement(By.cssSelector(".issue-card h2 a")).getAttribute("href");
        for (int i = 0; i < 30 && !firstIssue.equals(browser.switchTo().activeElement().getAttribute("href")); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.switchTo().activeElement().getAttribute("href")).isEqualTo(firstIssue);
        keys.sendKeys(Keys.ENTER).perform();
        waitForPage("/issues/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
    }

    @Test
    void contentIsShownAsTextAndNeverRunAsHtml() {
        load("/issues/" + HOSTILE_SLUG);

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(HOSTILE_TITLE);
        assertThat(browser.findElement(By.cssSelector(".issue-body")).getText()).contains("<script>document.body.dataset.pwned");
        assertThat(browser.findElements(By.cssSelector("main img[src='x'], main script, main svg[onload], main [onmouseover]"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("a[href^='javascript:' i]"))).isEmpty();
        assertThat(script("return document.body.dataset.pwned === undefined;")).isEqualTo(true);
        // The archive lists it by its title, as text, too.
        load("/?year=2018");
        assertThat(texts(".issue-card h2 a")).containsExactly(HOSTILE_TITLE);
        assertThat(script("return document.body.dataset.pwned === undefined;")).isEqualTo(true);
        Chromium.screenshot(browser, "hostile-issue-archive");
    }

    @Test
    void anUnknownIssueOrProjectSaysSo() {
        load("/issues/no-such-issue");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("No such issue");
        load("/projects/no-such-project");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("No such project");
    }

    private void load(String path) {
        browser.get("http://localhost:" + port + path);
        waitUntilReady();
    }

    // After a click: the address changes, then the new page reads its data.
    private void waitForPage(String inUrl) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> driver.getCurrentUrl().contains(inUrl));
        waitUntilReady();
    }

    private void waitUntilReady() {
        String state = new WebDriverWait(browser, Duration.ofSeconds(20)).until((Function<WebDriver, String>) driver ->
                (String) ((JavascriptExecutor) driver).executeScript("return document.body && document.body.dataset.ready;"));
        assertThat(state).as("the page reports").isEqualTo("true");
    }

    private Object script(String code) {
        return ((JavascriptExecutor) browser).executeScript(code);
    }

    private List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private List<String> titles(String filter, String after) {
        return graphQl.document("query($after: String) { issues(filter: " + filter + ", first: 20, after: $after) { edges { node { title } } } }")
                .variable("after", after).execute().path("issues.edges[*].node.title").entityList(String.class).get();
    }

    private Map<String, Object> firstIssueWithReleases() {
        List<Map<String, Object>> issues = graphQl.document("""
                { issues(first: 20) { edges { node { slug title releases { version } questions { id } events { id } } } } }""")
                .execute().path("issues.edges[*].node").entityList(OBJECT).get();
        return issues.stream().filter(issue -> sizeOf(issue, "releases") > 0).findFirst().orElseThrow();
    }

    private static int sizeOf(Map<String, Object> issue, String list) {
        return ((List<?>) issue.get(list)).size();
    }
}
