package org.inspectorbench.rubric;

/**
 * One thing wrong with a rubric file.
 *
 * @param path    where, as a JSON path from the file's root ("$.parts[1].sections[0].items[3].rules[1].points")
 * @param message what is wrong and what to do about it, in Chinese with English, ending with the
 *                line and column in the file where known
 */
public record RubricProblem(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
