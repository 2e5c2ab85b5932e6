package com.weeklygraphql.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.support.Chromium;
import com.weeklygraphql.support.ContentRepositories;
import com.weeklygraphql.support.GraphQlClients;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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
import org.springframework.web.util.HtmlUtils;

/**
 * The page for people in a real browser (headless Chromium) against the service serving the real sample plus
 * one hostile issue: what a person sees is what the GraphQL API answers, links lead from the archive to an issue
 * and to a project, the chart has one bar per quarter, a search typed in the box shows the API's hits and
 * snippets and leads to them, an issue's contents lead to its headings, it works by keyboard and on a phone, and
 * content is never run as HTML. Screenshots of each page go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "content.sync.interval=0")
class PageInBrowserTests {

    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() { };
    private static final String HOSTILE_SLUG = "sofa-weekly-hostile";
    private static final String HOSTILE_TITLE = "SOFA Weekly | <img src=x onerror=document.body.dataset.pwned=1>注入测试"
            + "<script>document.body.dataset.pwned='title'</script>";
    private static final String HOSTILE_READING = "<img src=x onerror=document.body.dataset.pwned=1> 注入阅读";
    private static final Path REMOTE = hostileSample();
    private static final Dimension DESKTOP = new Dimension(1280, 1000);
    private static final Dimension PHONE = new Dimension(390, 844);
    private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>");

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

                        ### 社区直播预告

                        **主题**：<img src=x onerror="document.body.dataset.pwned='event'"> 注入直播

                        **时间**：2018年1月10日（周三）19:00-20:00

                        ### 本周推荐阅读

                        - [%s](https://example.com/reading)
                        """.formatted(HOSTILE_READING)), "A hostile issue");
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
                "phone-project", "/projects/MOSN", "phone-projects", "/projects", "phone-search", "/search?q=mosn").entrySet()) {
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

    @Test
    void aSearchTypedInTheBoxShowsTheRankedHitsWithTheirSnippets() {
        load("/");
        search("jraft 选举");

        List<Map<String, Object>> expected = searchPage("jraft 选举", null, null).edges();
        assertThat(expected).hasSizeGreaterThan(1);
        assertThat(expected.stream().map(PageInBrowserTests::kind).distinct()).as("kinds of the expected hits").hasSizeGreaterThan(2);
        List<WebElement> hits = browser.findElements(By.cssSelector(".hit"));
        assertThat(hits.stream().map(hit -> hit.getDomAttribute("data-kind")).toList())
                .isEqualTo(expected.stream().map(PageInBrowserTests::kind).toList());
        assertThat(hits.stream().map(hit -> hit.findElement(By.cssSelector("h2 a")).getDomAttribute("href")).toList())
                .isEqualTo(expected.stream().map(PageInBrowserTests::hitHref).toList());
        for (int i = 0; i < hits.size(); i++) {
            Map<String, Object> node = node(expected.get(i));
            String title = hits.get(i).findElement(By.cssSelector("h2 a")).getText();
            switch (kind(expected.get(i))) {
                case "Release" -> assertThat(title).isEqualTo(((Map<?, ?>) node.get("project")).get("name") + " " + node.get("version"));
                case "Question" -> assertThat(((String) node.get("question")).replaceAll("\\s+", " ").strip())
                        .startsWith(title.replaceAll("…$", ""));
                default -> assertThat(title).isEqualTo(node.get("title"));
            }
            List<String> highlights = highlights(expected.get(i));
            assertThat(hits.get(i).findElements(By.cssSelector(".snippet")).stream().map(WebElement::getText).toList())
                    .isEqualTo(highlights.stream().map(highlight -> plainText(highlight).replace('\u00a0', ' ').strip()).toList());
            assertThat(hits.get(i).findElements(By.cssSelector(".snippet mark")).stream().map(WebElement::getText).toList())
                    .isNotEmpty().isEqualTo(highlights.stream().flatMap(highlight -> marks(highlight).stream()).toList());
        }
        assertThat(browser.findElement(By.id("search-q")).getDomProperty("value")).isEqualTo("jraft 选举");
        assertThat(browser.findElement(By.cssSelector(".summary")).getText()).startsWith(searchPage("jraft 选举", null, null).total() + " results");
        // Each kind with how many of its items match, as the API counts them.
        for (String kind : List.of("ISSUE", "QUESTION", "RELEASE", "EVENT", "READING")) {
            int count = searchPage("jraft 选举", null, kind).total();
            assertThat(texts(".kind-filter li")).anySatisfy(option -> assertThat(option).endsWith("(" + count + ")")
                    .startsWithIgnoringCase(kind.substring(0, 4)));
        }
        Chromium.screenshot(browser, "search");
        browser.manage().window().setSize(PHONE);
        assertThat((Long) script("return document.documentElement.scrollWidth - window.innerWidth;")).isLessThanOrEqualTo(0);
        Chromium.screenshot(browser, "phone-search");
    }

    @Test
    void aHitLeadsToItsIssueAndAnItemToItsPlaceThere() {
        load("/search?q=" + encode("jraft 选举"));
        Map<String, Object> issueHit = searchPage("jraft 选举", null, "ISSUE").edges().get(0);
        browser.findElement(By.linkText("Issues (" + searchPage("jraft 选举", null, "ISSUE").total() + ")")).click();
        waitForPage("kind=issue");
        browser.findElement(By.cssSelector(".hit h2 a")).click();
        waitForPage("/issues/");
        assertThat(browser.getCurrentUrl()).endsWith(hitHref(issueHit));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(node(issueHit).get("title"));

        for (String kind : List.of("QUESTION", "RELEASE")) {
            load("/search?q=" + encode("jraft 选举") + "&kind=" + kind.toLowerCase());
            Map<String, Object> hit = searchPage("jraft 选举", null, kind).edges().get(0);
            String id = (String) node(hit).get("id");
            browser.findElement(By.cssSelector(".hit h2 a")).click();
            waitForPage("#");

            assertThat(browser.getCurrentUrl()).endsWith(hitHref(hit));
            WebElement item = browser.findElement(By.id(id));
            assertThat(item.getDomAttribute("class")).contains(kind.toLowerCase()).contains("targeted");
            assertThat(script("return document.activeElement.id;")).isEqualTo(id);
            assertThat(inView(id)).as("the %s's place is scrolled into view", kind).isTrue();
        }
        Chromium.screenshot(browser, "search-hit-in-issue");
    }

    @Test
    void moreResultsPageOnWithTheLastCursor() {
        load("/");
        search("mosn");
        SearchPage first = searchPage("mosn", null, null);
        assertThat(first.hasNext()).isTrue();

        browser.findElement(By.cssSelector(".pager a[rel=next]")).click();
        waitForPage("after=");
        SearchPage second = searchPage("mosn", first.endCursor(), null);
        assertThat(browser.getCurrentUrl()).contains("after=" + first.endCursor()).contains("q=mosn");
        assertThat(browser.findElements(By.cssSelector(".hit h2 a")).stream().map(a -> a.getDomAttribute("href")).toList())
                .isEqualTo(second.edges().stream().map(PageInBrowserTests::hitHref).toList())
                .isNotEqualTo(first.edges().stream().map(PageInBrowserTests::hitHref).toList());

        follow(browser.findElement(By.cssSelector(".pager a[rel=first]")));
        assertThat(browser.getCurrentUrl()).doesNotContain("after=");
        assertThat(browser.findElements(By.cssSelector(".hit h2 a")).stream().map(a -> a.getDomAttribute("href")).toList())
                .isEqualTo(first.edges().stream().map(PageInBrowserTests::hitHref).toList());
    }

    @Test
    void aQueryTheServiceRefusesShowsItsMessage() {
        load("/");
        for (String refused : List.of("\"MOSN 发布", "-mosn", "mosn OR")) {
            List<String> messages = new ArrayList<>();
            graphQl.document("query($q: String!) { search(query: $q) { totalCount } }").variable("q", refused).execute()
                    .errors().satisfy(errors -> errors.forEach(error -> messages.add(error.getMessage())));
            assertThat(messages).hasSize(1);

            search(refused);
            assertThat(browser.findElement(By.cssSelector("main .problem[role=alert]")).getText()).isEqualTo(messages.get(0));
            assertThat(browser.findElement(By.id("search-q")).getDomProperty("value")).isEqualTo(refused);
            assertThat(browser.findElements(By.cssSelector(".hit"))).isEmpty();
        }
        Chromium.screenshot(browser, "search-refused");
    }

    @Test
    void hostileTextInHitsShowsAsText() {
        load("/");
        search("注入");
        assertThat(browser.findElements(By.cssSelector(".hit")).stream().map(hit -> hit.getDomAttribute("data-kind")))
                .contains("Issue", "Question", "Release", "Event", "Reading");
        assertThat(texts(".hit h2 a")).contains(HOSTILE_TITLE, HOSTILE_READING);
        assertThat(texts(".snippet mark")).contains("注入");
        assertNothingRan();
        Chromium.screenshot(browser, "search-hostile");

        // Searched for, the markup itself is in the snippets, as text, around the marks.
        search("onerror");
        assertThat(texts(".snippet")).isNotEmpty().allSatisfy(snippet -> assertThat(snippet).contains("<img src=x onerror="));
        assertThat(texts(".snippet mark")).containsOnly("onerror");
        assertNothingRan();
        search("script");
        assertThat(texts(".snippet")).anySatisfy(snippet -> assertThat(snippet).contains("<script>document.body.dataset.pwned"));
        assertNothingRan();
    }

    private void assertNothingRan() {
        assertThat(browser.findElements(By.cssSelector("main img, main script, main svg, main [onerror], main [onmouseover], main b"))).isEmpty();
        assertThat(script("return document.body.dataset.pwned === undefined;")).isEqualTo(true);
    }

    @Test
    void theContentsListEveryHeadingAsAnOutlineAndLeadToIt() {
        Map<String, Object> issue = firstIssueWithNestedHeadings();
        List<Map<String, Object>> headings = list(issue, "headings");
        load("/issues/" + issue.get("slug"));

        List<WebElement> links = browser.findElements(By.cssSelector("nav.contents a"));
        assertThat(links.stream().map(WebElement::getText).toList()).isEqualTo(headings.stream().map(h -> h.get("text")).toList());
        assertThat(links.stream().map(a -> URLDecoder.decode(a.getDomAttribute("href"), StandardCharsets.UTF_8)).toList())
                .isEqualTo(headings.stream().map(h -> "#" + h.get("anchor")).toList());
        // Each entry sits under the nearest heading before it of a smaller level, as in an outline.
        @SuppressWarnings("unchecked")
        List<Long> parents = (List<Long>) script("""
                const links = [...document.querySelectorAll('nav.contents a')];
                return links.map((a) => {
                  const parent = a.closest('li').parentElement.closest('nav.contents li');
                  return parent ? links.indexOf(parent.querySelector(':scope > a')) : -1;
                });""");
        assertThat(parents).isEqualTo(outlineParents(headings)).anySatisfy(parent -> assertThat(parent).isNotNegative());
        // Before the HTML, so it is read first.
        assertThat((Boolean) script("return !!(document.querySelector('nav.contents').compareDocumentPosition("
                + "document.querySelector('.issue-body')) & Node.DOCUMENT_POSITION_FOLLOWING);")).isTrue();
        Chromium.screenshot(browser, "issue-contents");

        // By keyboard: Tab to the first entry, Enter.
        Actions keys = new Actions(browser);
        for (int i = 0; i < 40 && !links.get(0).equals(browser.switchTo().activeElement()); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.switchTo().activeElement()).isEqualTo(links.get(0));
        keys.sendKeys(Keys.ENTER).perform();
        assertThatTheUrlLeadsTo(headings.get(0));

        // A click on the last, far down the page.
        Map<String, Object> last = headings.get(headings.size() - 1);
        script("window.scrollTo(0, 0);");
        assertThat(inView((String) last.get("anchor"))).as("the last heading is out of view before the click").isFalse();
        links.get(links.size() - 1).click();
        assertThatTheUrlLeadsTo(last);
    }

    @Test
    void theContentsFitAPhone() {
        browser.manage().window().setSize(PHONE);
        Map<String, Object> issue = firstIssueWithNestedHeadings();
        load("/issues/" + issue.get("slug"));
        assertThat(browser.findElements(By.cssSelector("nav.contents a"))).hasSize(list(issue, "headings").size())
                .allSatisfy(link -> assertThat(link.getRect().getX() + link.getRect().getWidth()).isLessThanOrEqualTo(PHONE.getWidth()));
        assertThat((Long) script("return document.documentElement.scrollWidth - window.innerWidth;")).isLessThanOrEqualTo(0);
        Chromium.screenshot(browser, "phone-issue-contents");
    }

    private void assertThatTheUrlLeadsTo(Map<String, Object> heading) {
        String anchor = (String) heading.get("anchor");
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver -> driver.getCurrentUrl().contains("#"));
        new WebDriverWait(browser, Duration.ofSeconds(5)).withMessage(() -> browser.getCurrentUrl() + " to end in #" + anchor)
                .until(driver -> anchor.equals(URLDecoder.decode(driver.getCurrentUrl().replaceFirst("^[^#]*#", ""), StandardCharsets.UTF_8)));
        WebElement target = browser.findElement(By.id(anchor));
        assertThat(target.getTagName()).isEqualTo("h" + heading.get("level"));
        assertThat(target.findElement(By.xpath("ancestor::div[contains(@class, 'issue-body')]"))).isNotNull();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver -> inView(anchor));
    }

    // The index of each heading's parent in an outline: the nearest one before it with a smaller level, or -1.
    private static List<Long> outlineParents(List<Map<String, Object>> headings) {
        List<Long> parents = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            long parent = -1;
            for (int j = i - 1; j >= 0 && parent < 0; j--) {
                if ((Integer) headings.get(j).get("level") < (Integer) headings.get(i).get("level")) {
                    parent = j;
                }
            }
            parents.add(parent);
        }
        return parents;
    }

    private Map<String, Object> firstIssueWithNestedHeadings() {
        List<Map<String, Object>> issues = graphQl.document("{ issues(first: 100) { edges { node { slug headings { level text anchor } } } } }")
                .execute().path("issues.edges[*].node").entityList(OBJECT).get();
        return issues.stream().filter(issue -> list(issue, "headings").stream().map(h -> h.get("level")).distinct().count() > 1)
                .findFirst().orElseThrow();
    }

    private boolean inView(String id) {
        return (Boolean) script("const r = document.getElementById(arguments[0]).getBoundingClientRect();"
                + " return r.top >= 0 && r.top < window.innerHeight;", id);
    }

    // Types a query into the header's search box and submits it with Enter, as a person does.
    private void search(String text) {
        WebElement box = browser.findElement(By.id("search-q"));
        box.clear();
        script("delete document.body.dataset.ready;");
        box.sendKeys(text, Keys.ENTER);
        Chromium.waitUntilReady(browser);
    }

    // Clicks a link to another page and waits for that page, even where its address looks like this one's.
    private void follow(WebElement link) {
        script("delete document.body.dataset.ready;");
        link.click();
        Chromium.waitUntilReady(browser);
    }

    private record SearchPage(int total, List<Map<String, Object>> edges, boolean hasNext, String endCursor) {
    }

    private SearchPage searchPage(String text, String after, String kind) {
        Map<String, Object> search = graphQl.document("""
                query($q: String!, $after: String, $kinds: [SearchKind!]) {
                  search(query: $q, first: 20, after: $after, kinds: $kinds) {
                    totalCount
                    edges { highlights node { __typename
                      ... on Issue { slug title }
                      ... on Question { id question issue { slug } }
                      ... on Release { id version project { name } issue { slug } }
                      ... on Event { id title issue { slug } }
                      ... on Reading { id title issue { slug } } } }
                    pageInfo { hasNextPage endCursor }
                  }
                }""").variable("q", text).variable("after", after).variable("kinds", kind == null ? null : List.of(kind))
                .execute().path("search").entity(OBJECT).get();
        Map<?, ?> pageInfo = (Map<?, ?>) search.get("pageInfo");
        return new SearchPage((Integer) search.get("totalCount"), list(search, "edges"), (Boolean) pageInfo.get("hasNextPage"),
                (String) pageInfo.get("endCursor"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> node(Map<String, Object> edge) {
        return (Map<String, Object>) edge.get("node");
    }

    private static String kind(Map<String, Object> edge) {
        return (String) node(edge).get("__typename");
    }

    @SuppressWarnings("unchecked")
    private static List<String> highlights(Map<String, Object> edge) {
        return (List<String>) edge.get("highlights");
    }

    // Where a hit should lead: its issue; a question, release or event to its own place in the issue's page.
    private static String hitHref(Map<String, Object> edge) {
        Map<String, Object> node = node(edge);
        return switch (kind(edge)) {
            case "Issue" -> "/issues/" + node.get("slug");
            case "Reading" -> "/issues/" + ((Map<?, ?>) node.get("issue")).get("slug");
            default -> "/issues/" + ((Map<?, ?>) node.get("issue")).get("slug") + "#" + node.get("id");
        };
    }

    // A snippet as a person reads it: the server's escaping undone, the marks gone.
    private static String plainText(String highlight) {
        return HtmlUtils.htmlUnescape(highlight.replace("<mark>", "").replace("</mark>", ""));
    }

    private static List<String> marks(String highlight) {
        return MARK.matcher(highlight).results().map(match -> HtmlUtils.htmlUnescape(match.group(1))).toList();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private void load(String path) {
        browser.get("http://localhost:" + port + path);
        Chromium.waitUntilReady(browser);
    }

    // After a click: the address changes, then the new page reads its data.
    private void waitForPage(String inUrl) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> driver.getCurrentUrl().contains(inUrl));
        Chromium.waitUntilReady(browser);
    }

    private Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
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

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        return (List<Map<String, Object>>) map.get(key);
    }
}
