package com.weeklygraphql.content.model;

/**
 * Something in the content that could not be read or understood. Problems are collected and served,
 * never thrown: one bad file must not hide the others.
 *
 * @param line 1-based line in the file, or 0 when the problem concerns the whole file
 */
public record ContentProblem(String path, int line, String message) {

    public static ContentProblem ofFile(String path, String message) {
        return new ContentProblem(path, 0, message);
    }
}
