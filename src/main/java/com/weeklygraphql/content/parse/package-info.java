/**
 * Markdown file to model records: the public seams are {@link com.weeklygraphql.content.parse.IssueParser},
 * {@link com.weeklygraphql.content.parse.NewsletterProfile} (the newsletter's own words, data in
 * {@code newsletter.yaml}) and {@link com.weeklygraphql.content.parse.MarkdownBody} (rendering on demand).
 *
 * <p>The flow for one file: {@code SourceDecoder} (strict UTF-8, no binary) → {@code MarkdownSource} and
 * {@code FrontMatterReader} (YAML, TOML or JSON front matter, as Hugo reads it) → {@code IssueRecognizer} (is it
 * an issue of this newsletter?) → {@code MarkdownLimits} (refuse what would make flexmark slow) → flexmark AST
 * ({@code Markdown}, built once) → {@code HeadingAnchors} (headings and their Hugo-style anchors) →
 * {@code SectionSplitter} (top-level nodes grouped under headings or bold-only paragraphs, kinds from
 * {@code SectionClassifier} and {@code SectionContent}) → each section read once into typed lines
 * ({@code SectionLines} walks the nodes, {@code LineClassifier} gives each line its {@code LineKind}: asker, answer,
 * quote, field, announcement, link-only, sub-heading, item, text...) → one extractor per section kind, each a fold
 * over those lines with named states ({@code QuestionExtractor}, {@code ReleaseExtractor}, {@code EventExtractor},
 * {@code ReadingExtractor}, {@code ContributorExtractor}, {@code NewbieTaskExtractor}); the extractors never see
 * the markdown tree. Every newsletter word comes from the profile; regular expressions only ever look at one
 * line. Problems are collected, never thrown. docs/extraction.md describes the rules, the profile and how well they do against hand labels.
 */
package com.weeklygraphql.content.parse;
