package io.alliancehub.kit.problem;

import java.util.List;

/**
 * A failure the caller can act on. Thrown by services and resources; rendered as problem+json by
 * {@link ProblemMappers}. The factory methods name the statuses the suite uses.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<FieldError> errors;

    public ApiException(int status, String slug, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public ApiException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, List.of());
    }

    public static ApiException validation(List<FieldError> errors) {
        return new ApiException(
                400,
                "validation",
                "Invalid request",
                errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid",
                errors);
    }

    public static ApiException invalidField(String field, String message) {
        return validation(List.of(new FieldError(field, message)));
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(400, "bad-request", "Bad request", detail);
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(
                404, "not-found", "Not found", what + " " + id + " does not exist or is not visible to you");
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, "forbidden", "Forbidden", detail);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "conflict", "Conflict", detail);
    }

    public static ApiException conflict(String slug, String title, String detail) {
        return new ApiException(409, slug, title, detail);
    }

    public static ApiException illegalTransition(String action, Object state, List<?> allowed) {
        return new ApiException(
                409,
                "illegal-transition",
                "Action not allowed in the current state",
                "action " + action + " is not allowed while the status is " + state + "; allowed now: " + allowed);
    }

    public static ApiException preconditionRequired() {
        return new ApiException(
                428,
                "precondition-required",
                "If-Match required",
                "send If-Match with the ETag of the version you read (GET the resource to obtain it)");
    }

    public static ApiException preconditionFailed(long current) {
        return new ApiException(
                412,
                "precondition-failed",
                "Resource changed",
                "the resource was changed by someone else; its current ETag is \"" + current
                        + "\": GET it again, reapply your change");
    }

    public static ApiException unprocessable(String slug, String title, String detail) {
        return new ApiException(422, slug, title, detail);
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
