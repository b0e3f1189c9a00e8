package org.inspectorbench.sampling;

/**
 * One item the inspector lists for a 随机抽查 rule: a policy document, a 解读稿, a service guide, a
 * message, a search title ... At least one of title and url is given.
 */
public record Candidate(String title, String url) {

    public Candidate {
        title = blankToNull(title);
        url = blankToNull(url);
        if (title == null && url == null) {
            throw new IllegalArgumentException("a candidate needs a title or a URL");
        }
    }

    /** What the inspector sees: "title (url)", or whichever is given. */
    public String label() {
        if (title == null) {
            return url;
        }
        return url == null ? title : title + " (" + url + ")";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
