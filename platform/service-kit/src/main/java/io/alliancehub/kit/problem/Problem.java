package io.alliancehub.kit.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the body of every error answer of the suite. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json).")
public record Problem(
        @Schema(
                description = "URI identifying the kind of problem",
                example = "https://alliancehub.io/problems/validation")
        String type,

        @Schema(description = "Short, human-readable summary of the kind of problem", example = "Invalid request")
        String title,

        @Schema(description = "HTTP status code", example = "400")
        int status,

        @Schema(description = "What went wrong with this request", example = "2 fields are invalid")
        String detail,

        @Schema(description = "The request path", example = "/api/v1/organizations")
        String instance,

        @Schema(description = "Field-level errors, for validation problems")
        List<FieldError> errors) {

    /** At most this many field errors are listed (a bad import can have tens of thousands); detail gives the total. */
    public static final int MAX_ERRORS = 1000;

    public Problem {
        if (errors != null && errors.size() > MAX_ERRORS) {
            errors = List.copyOf(errors.subList(0, MAX_ERRORS));
        }
    }

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://alliancehub.io/problems/";
}
