package org.inspectorbench.scoring;

import java.util.List;

/**
 * Something wrong with findings given to the engine, as a value the caller shows to the user.
 *
 * @param path        where it is, as a JSON path of the findings file
 *                    ("units[0].websites[0].findings[2].item"); for live edits, relative to the edit
 * @param message     what is wrong and what to do, in Chinese with the key English words
 * @param suggestions for an unknown name, the closest valid names (best first); else empty
 */
public record InputProblem(String path, String message, List<String> suggestions) {

    public InputProblem {
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }

    public InputProblem(String path, String message) {
        this(path, message, List.of());
    }

    /** One line for a terminal or a status bar. */
    public String describe() {
        String text = path + ": " + message;
        if (!suggestions.isEmpty()) {
            text += "; 最接近的 closest: " + String.join(", ", suggestions);
        }
        return text;
    }
}
