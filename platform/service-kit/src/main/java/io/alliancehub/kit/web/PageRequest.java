package io.alliancehub.kit.web;

import io.alliancehub.kit.problem.ApiException;
import io.alliancehub.kit.problem.FieldError;
import io.quarkus.panache.common.Sort;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code ?page=0&size=20&sort=field,asc} checked against caps and an allow-list of sortable fields.
 * The allow-list maps API field names to entity properties, so a caller can never sort on, or
 * learn about, a column the API does not expose.
 */
public record PageRequest(int page, int size, Sort sort) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;
    /** Deep offsets are slow and never needed by a person; sync clients page with updatedSince. */
    public static final int MAX_PAGE = 10_000;

    public static final int MAX_SORT_LENGTH = 200;

    public static PageRequest of(
            Integer page, Integer size, String sort, Map<String, String> sortable, String defaultSort) {
        List<FieldError> errors = new ArrayList<>();
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0 || p > MAX_PAGE) {
            errors.add(new FieldError("page", "must be between 0 and " + MAX_PAGE));
        }
        if (s < 1 || s > MAX_SIZE) {
            errors.add(new FieldError("size", "must be between 1 and " + MAX_SIZE));
        }
        Sort order = parseSort(sort == null || sort.isBlank() ? defaultSort : sort, sortable, errors);
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        return new PageRequest(p, s, order);
    }

    /** Only the sort order, for answers that are not paged (e.g. a CSV export). */
    public static Sort sortOf(String sort, Map<String, String> sortable, String defaultSort) {
        List<FieldError> errors = new ArrayList<>();
        Sort order = parseSort(sort == null || sort.isBlank() ? defaultSort : sort, sortable, errors);
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        return order;
    }

    private static Sort parseSort(String sort, Map<String, String> sortable, List<FieldError> errors) {
        if (sort.length() > MAX_SORT_LENGTH) {
            errors.add(new FieldError("sort", "at most " + MAX_SORT_LENGTH + " characters"));
            return null;
        }
        Sort result = null;
        for (String clause : sort.split(";")) {
            String[] parts = clause.trim().split(",");
            String field = parts[0].trim();
            String property = sortable.get(field);
            Sort.Direction direction = Sort.Direction.Ascending;
            if (parts.length > 1) {
                switch (parts[1].trim().toLowerCase()) {
                    case "asc" -> direction = Sort.Direction.Ascending;
                    case "desc" -> direction = Sort.Direction.Descending;
                    default -> errors.add(new FieldError("sort", "direction must be asc or desc"));
                }
            }
            if (property == null || parts.length > 2) {
                errors.add(new FieldError("sort", "use field,asc|desc with field one of " + sortable.keySet()));
                continue;
            }
            result = result == null ? Sort.by(property, direction) : result.and(property, direction);
        }
        // a stable tiebreaker, so that pages never overlap or skip rows with equal sort keys
        return result == null ? Sort.by("id") : result.and("id");
    }
}
