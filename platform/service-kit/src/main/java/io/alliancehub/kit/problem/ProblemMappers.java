package io.alliancehub.kit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into RFC 9457 problem+json: never a stack trace, never an HTML page, never a
 * 500 for bad input. One place decides the status of each kind of failure.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    public static Response problem(
            int status, String slug, String title, String detail, String instance, List<FieldError> errors) {
        Problem body = new Problem(Problem.TYPE_BASE + slug, title, status, detail, instance, errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    @ServerExceptionMapper
    public Response api(ApiException e, HttpServerRequest request) {
        return problem(e.status(), e.slug(), e.title(), e.getMessage(), request.path(), e.errors());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpServerRequest request) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldPath(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return api(ApiException.validation(errors), request);
    }

    /** Listed one by one: Quarkus ships its own mappers for these, which answer without problem+json. */
    @ServerExceptionMapper({
        JsonProcessingException.class,
        MismatchedInputException.class,
        InvalidFormatException.class,
        UnrecognizedPropertyException.class,
        com.fasterxml.jackson.core.JsonParseException.class,
        com.fasterxml.jackson.databind.exc.ValueInstantiationException.class,
        JsonMappingException.class
    })
    public Response json(JsonProcessingException e, HttpServerRequest request) {
        return api(fromJackson(e), request);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        if (e.getCause() instanceof JsonProcessingException jpe) {
            return json(jpe, request);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        return switch (status) {
            case 400 ->
                problem(400, "bad-request", "Bad request", "the request could not be read", request.path(), List.of());
            case 401 -> unauthorized(request);
            case 403 -> forbidden(request);
            case 404 ->
                problem(404, "not-found", "Not found", "no resource at " + request.path(), request.path(), List.of());
            case 405 ->
                problem(
                        405,
                        "method-not-allowed",
                        "Method not allowed",
                        request.method() + " is not supported on " + request.path(),
                        request.path(),
                        List.of());
            case 406 ->
                problem(
                        406,
                        "not-acceptable",
                        "Not acceptable",
                        "this resource cannot answer in the requested media type " + request.getHeader("Accept"),
                        request.path(),
                        List.of());
            case 413 ->
                problem(
                        413,
                        "payload-too-large",
                        "Payload too large",
                        "the request body exceeds the limit",
                        request.path(),
                        List.of());
            case 415 ->
                problem(
                        415,
                        "unsupported-media-type",
                        "Unsupported media type",
                        "content type " + request.getHeader("Content-Type") + " is not accepted here",
                        request.path(),
                        List.of());
            default ->
                status >= 500
                        ? internal(e, request)
                        : problem(
                                status, "http-" + status, "Request refused", e.getMessage(), request.path(), List.of());
        };
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(HttpServerRequest request) {
        return Response.fromResponse(problem(
                        401,
                        "unauthorized",
                        "Authentication required",
                        "send a valid bearer token (Authorization: Bearer <JWT>)",
                        request.path(),
                        List.of()))
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    @ServerExceptionMapper(ForbiddenException.class)
    public Response forbidden(HttpServerRequest request) {
        return problem(
                403, "forbidden", "Forbidden", "your role does not allow this operation", request.path(), List.of());
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentChange(HttpServerRequest request) {
        return problem(
                412,
                "precondition-failed",
                "Resource changed",
                "the resource was changed concurrently; GET it again and reapply your change",
                request.path(),
                List.of());
    }

    @ServerExceptionMapper
    public Response persistence(jakarta.persistence.PersistenceException e, HttpServerRequest request) {
        if (findCause(e, org.hibernate.exception.ConstraintViolationException.class) != null) {
            return problem(
                    409,
                    "conflict",
                    "Conflict",
                    "the request conflicts with an existing record",
                    request.path(),
                    List.of());
        }
        if (findCause(e, OptimisticLockException.class) != null || findCause(e, StaleStateException.class) != null) {
            return concurrentChange(request);
        }
        return internal(e, request);
    }

    @ServerExceptionMapper
    public Response internal(Throwable e, HttpServerRequest request) {
        ConstraintViolationException cve = findCause(e, ConstraintViolationException.class);
        if (cve != null) {
            return constraintViolation(cve, request);
        }
        if (DatabaseOutage.is(e)) {
            LOG.warnf("database unavailable on %s %s: %s", request.method(), request.path(), e.getMessage());
            return Response.fromResponse(problem(
                            503,
                            "service-unavailable",
                            "Service unavailable",
                            "the service cannot reach its database right now; nothing was changed, retry shortly",
                            request.path(),
                            List.of()))
                    .header("Retry-After", "2")
                    .build();
        }
        LOG.errorf(e, "unhandled failure on %s %s", request.method(), request.path());
        return problem(
                500,
                "internal",
                "Internal error",
                "the request could not be completed; it has been logged",
                request.path(),
                List.of());
    }

    public static ApiException fromJackson(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return ApiException.invalidField(jsonPath(u), "unknown property; allowed here: " + u.getKnownPropertyIds());
        }
        if (e instanceof InvalidFormatException f) {
            return ApiException.invalidField(
                    jsonPath(f), describeExpected(f.getTargetType()) + " (got " + f.getValue() + ")");
        }
        if (e instanceof MismatchedInputException m) {
            String path = jsonPath(m);
            if (path.isEmpty()) {
                return ApiException.badRequest("the request body must be a JSON object of the documented shape");
            }
            return ApiException.invalidField(path, describeExpected(m.getTargetType()));
        }
        if (e instanceof JsonMappingException m && m.getCause() instanceof IllegalArgumentException iae) {
            return ApiException.invalidField(jsonPath(m), iae.getMessage());
        }
        return ApiException.badRequest("malformed JSON: " + e.getOriginalMessage());
    }

    private static String describeExpected(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == UUID.class) {
            return "must be a UUID";
        }
        if (type == LocalDate.class) {
            return "must be a date YYYY-MM-DD";
        }
        if (type == OffsetDateTime.class) {
            return "must be an ISO-8601 date-time with offset";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "must be a " + type.getSimpleName().toLowerCase();
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "must be an array";
        }
        if (type == String.class) {
            return "must be a string";
        }
        return "must be an object";
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** The path below the method parameter: {@code create.body.name.zh} becomes {@code name.zh}. */
    private static String fieldPath(ConstraintViolation<?> v) {
        StringBuilder sb = new StringBuilder();
        boolean pastParameter = false;
        String parameterName = null;
        for (Path.Node node : v.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                pastParameter = true;
                parameterName = node.getName();
                continue;
            }
            if (node.getIndex() != null) {
                sb.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && kind != ElementKind.CONTAINER_ELEMENT) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(node.getName());
            }
        }
        if (sb.isEmpty()) {
            return pastParameter && parameterName != null ? parameterName : "body";
        }
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return (T) t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
