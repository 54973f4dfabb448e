package io.alliancehub.kit.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds a Panache/JPQL where-clause from the optional filters of a list request. */
public final class Filter {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /** Adds {@code clause} with its named parameter when the value is present. */
    public Filter and(String clause, String param, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            clauses.add(clause);
            params.put(param, value);
        }
        return this;
    }

    /** Adds a clause without parameters (e.g. a visibility rule). */
    public Filter and(String clause) {
        clauses.add(clause);
        return this;
    }

    public Filter param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    public String query() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    public Map<String, Object> params() {
        return params;
    }

    /** Escapes LIKE wildcards so user text matches literally. */
    public static String containsPattern(String text) {
        return "%"
                + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
