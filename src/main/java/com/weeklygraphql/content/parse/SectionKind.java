package com.weeklygraphql.content.parse;

/** What a section of an issue holds, judged from its heading (and, for link lists, its content). */
enum SectionKind {
    /** Everything before the first heading: the banner, the SOFAStack description, the links. */
    PREAMBLE,
    /** A heading that is itself boilerplate ("SOFA WEEKLY | 每周精选", "欢迎扫码关注"). */
    BOILERPLATE,
    QUESTIONS,
    GITHUB_PICKS,
    RELEASES,
    EVENTS,
    READINGS,
    CONTRIBUTORS,
    NEWBIE_TASKS,
    /** A section the newsletter has but the service does not model (news, interviews, job adverts). */
    OTHER
}
