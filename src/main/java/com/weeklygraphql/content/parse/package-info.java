/**
 * Markdown file to model records: the one public seam is {@link com.weeklygraphql.content.parse.IssueParser}.
 *
 * <p>The flow for one file: {@code SourceDecoder} (strict UTF-8, no binary) → {@code FrontMatterReader}
 * (safe YAML, raw scalars) → {@code IssueRecognizer} (is it a newsletter issue?) → flexmark AST →
 * {@code SectionSplitter} (top-level nodes grouped under headings or bold-only paragraphs) →
 * {@code SectionClassifier} → one extractor per section kind. Everything works on the AST; regular
 * expressions only ever look at the text of a single node. Problems are collected, never thrown.
 */
package com.weeklygraphql.content.parse;
