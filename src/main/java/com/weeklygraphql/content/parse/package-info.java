/**
 * Markdown file to model records: the one public seam is {@link com.weeklygraphql.content.parse.IssueParser}.
 *
 * <p>The flow for one file: {@code SourceDecoder} (strict UTF-8, no binary) → {@code FrontMatterReader}
 * (safe YAML, raw scalars) → {@code IssueRecognizer} (is it a newsletter issue?) → {@code MarkdownLimits}
 * (refuse what would make flexmark slow) → flexmark AST ({@code Markdown}, built once) →
 * {@code SectionSplitter} (top-level nodes grouped under headings or bold-only paragraphs, kinds from
 * {@code SectionClassifier} and {@code SectionContent}) → one extractor per section kind
 * ({@code QuestionExtractor}, {@code ReleaseExtractor}, {@code EventExtractor}, {@code ReadingExtractor},
 * {@code ContributorExtractor}, {@code NewbieTaskExtractor}). Everything works on the AST; regular
 * expressions only ever look at the text of one line of one node. Problems are collected, never thrown.
 * docs/extraction.md describes the rules and how well they do against hand labels.
 */
package com.weeklygraphql.content.parse;
