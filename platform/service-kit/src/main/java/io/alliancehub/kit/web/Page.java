package io.alliancehub.kit.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.function.Function;

/** One page of a list answer: {@code {"items":[…],"page":0,"size":20,"totalItems":N,"totalPages":M}}. */
public record Page<T>(
        @NotNull @Size(max = PageRequest.MAX_SIZE) List<T> items,
        @NotNull int page,
        @NotNull int size,
        @NotNull long totalItems,
        @NotNull int totalPages) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        int pages = (int) ((totalItems + request.size() - 1) / request.size());
        return new Page<>(items, request.page(), request.size(), totalItems, pages);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
