package com.weeklygraphql.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.weeklygraphql.support.Chromium;
import com.weeklygraphql.support.ContentRepositories;
import com.weeklygraphql.support.GitRemote;
import com.weeklygraphql.support.GraphQlClients;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The page for people, open in a real browser while a commit is pushed: it says the archive changed (its
 * EventSource subscribed to {@code contentUpdated} by GET), and shows the new issue only when asked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LiveUpdatesInBrowserTests {

    private static final String SECRET = "live-page-secret";
    private static final GitRemote REMOTE = GitRemote.withSampleIssues(ContentRepositories.tempDir("live-page-remote"), 3);

    @LocalServerPort
    int port;

    @Autowired
    ContentUpdates updates;

    WebDriver browser;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("content.repository.uri", REMOTE::uri);
        registry.add("content.data-dir", () -> ContentRepositories.tempDir("live-page-data").toString());
        registry.add("content.sync.interval", () -> "0");
        registry.add("content.webhook.secret", () -> SECRET);
        // A server notices a closed SSE connection when it next writes: keep-alives make that soon.
        registry.add("spring.graphql.http.sse.keep-alive", () -> "500ms");
    }

    @AfterEach
    void closeThePage() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> updates.subscribers() == 0);
    }

    @AfterAll
    static void closeRemote() {
        REMOTE.close();
    }

    @Test
    void anOpenPageSaysThatTheArchiveChangedAndShowsTheNewIssueWhenAsked() {
        Chromium.requireInstalled();
        browser = Chromium.start(1280, 1000);
        browser.get("http://localhost:" + port + "/");
        Chromium.waitUntilReady(browser);
        String firstBefore = firstTitle();
        assertThat(browser.findElement(By.id("updates")).getText()).isEmpty();
        await().atMost(Duration.ofSeconds(20)).until(() -> updates.subscribers() == 1);

        REMOTE.commit("content/zh/blog/sofa-weekly-live/index.md",
                ContentRepositories.issueMarkdown("SOFA Weekly | 实时更新", "2099-01-01T10:00:00+08:00", "本周内容。"));
        REMOTE.push();
        GraphQlClients.http(port).post().uri("/webhooks/git").header("X-Gitlab-Token", SECRET).exchange()
                .expectStatus().isEqualTo(HttpStatus.ACCEPTED);

        String notice = new WebDriverWait(browser, Duration.ofSeconds(30)).until((Function<WebDriver, String>) driver -> {
            String text = driver.findElement(By.id("updates")).getText();
            return text.isEmpty() ? null : text;
        });
        assertThat(notice).contains("1 new issue").contains("Show the latest");
        // Not moved under the reader by itself.
        assertThat(firstTitle()).isEqualTo(firstBefore);
        Chromium.screenshot(browser, "live-update");

        browser.findElement(By.cssSelector("#updates button")).click();
        // The list is built anew: its elements go stale while it is.
        new WebDriverWait(browser, Duration.ofSeconds(20)).withMessage("the new issue listed first")
                .ignoring(StaleElementReferenceException.class).until(driver -> "SOFA Weekly | 实时更新".equals(firstTitle()));
        assertThat(browser.findElement(By.id("updates")).getText()).isEmpty();
    }

    private String firstTitle() {
        return browser.findElements(By.cssSelector(".issue-card h2")).stream().findFirst()
                .map(element -> element.getText()).orElse(null);
    }
}
