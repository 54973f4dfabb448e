package io.alliancehub.kit.web;

import io.alliancehub.kit.problem.ApiException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;

/**
 * Parses query parameters into typed values with a 400 problem naming the parameter. (JAX-RS would
 * answer 404 for a query parameter it cannot convert, which tells a partner developer nothing.)
 */
public final class Params {

    private Params() {}

    public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    public static UUID uuid(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField(name, "must be a UUID");
        }
    }

    public static java.time.LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField(name, "must be a date YYYY-MM-DD, e.g. 2026-12-31");
        }
    }

    public static OffsetDateTime dateTime(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField(
                    name, "must be an ISO-8601 date-time with offset, e.g. 2026-01-31T08:00:00+08:00");
        }
    }

    public static Integer integer(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.invalidField(name, "must be a whole number");
        }
    }

    public static boolean bool(String value, String name) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.invalidField(name, "must be true or false");
        };
    }

    public static String text(String value, String name, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw ApiException.invalidField(name, "must be at most " + maxLength + " characters");
        }
        return value.trim();
    }
}
