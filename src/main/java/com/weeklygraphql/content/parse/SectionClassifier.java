package com.weeklygraphql.content.parse;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells what a section holds from the words of its heading. The headings drifted over four years
 * ("每周读者问答提炼", "本周读者问答提炼", "QA 整理"; "SOFA 项目进展", "MOSN 本周发布", "Layotto v0.4.0 版本"),
 * so the rules look for key words rather than whole headings. The order of the checks matters: a
 * heading naming a reading series ("SOFAChannel 回顾集合") is a reading list even though it names a
 * live-stream series.
 */
final class SectionClassifier {

    private static final List<String> BOILERPLATE = List.of("sofa weekly", "sofaweekly", "每周精选", "扫码关注",
            "欢迎扫码", "筛选每周精华问答");
    private static final List<String> NEWBIE_TASKS = List.of("新手任务", "新手计划", "good first issue");
    private static final List<String> CONTRIBUTORS = List.of("contributor", "本周贡献", "社区贡献");
    private static final List<String> GITHUB_PICKS = List.of("issue 精选", "issue精选", "回复 issue", "issue 回复");
    private static final List<String> QUESTIONS = List.of("问答", "q&a", "提问", "答疑");
    private static final Pattern QA_WORD = Pattern.compile("(?<![a-z])qa(?![a-z])");
    private static final List<String> READINGS = List.of("阅读", "合辑", "合集", "集合", "系列", "特辑", "推荐文章",
            "文章推荐", "相关文章", "文章整理");
    private static final List<String> RELEASES = List.of("发布", "发版", "项目进展", "release");
    private static final Pattern VERSION_WORD = Pattern.compile("\\d+\\.\\d+.*版本|版本.*\\d+\\.\\d+");
    private static final List<String> EVENTS = List.of("活动", "直播", "会议", "meetup", "kubecon", "cncf", "大会",
            "峰会", "summit", "conference", "sofachannel", "channel#", "预告", "报名", "开源之夏", "workshop", "沙龙",
            "年会", "giac", "qcon");

    private SectionClassifier() {
    }

    static SectionKind classify(String heading) {
        String text = PlainText.collapse(heading).toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return SectionKind.OTHER;
        }
        if (containsAny(text, BOILERPLATE)) {
            return SectionKind.BOILERPLATE;
        }
        if (containsAny(text, NEWBIE_TASKS)) {
            return SectionKind.NEWBIE_TASKS;
        }
        if (containsAny(text, CONTRIBUTORS)) {
            return SectionKind.CONTRIBUTORS;
        }
        if (containsAny(text, GITHUB_PICKS)) {
            return SectionKind.GITHUB_PICKS;
        }
        if (containsAny(text, QUESTIONS) || QA_WORD.matcher(text).find()) {
            return SectionKind.QUESTIONS;
        }
        if (containsAny(text, READINGS)) {
            return SectionKind.READINGS;
        }
        if (containsAny(text, RELEASES) || VERSION_WORD.matcher(text).find()) {
            return SectionKind.RELEASES;
        }
        if (containsAny(text, EVENTS)) {
            return SectionKind.EVENTS;
        }
        return SectionKind.OTHER;
    }

    private static boolean containsAny(String text, List<String> words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
