package io.alliancehub.kit.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid input: the JSON path of the field (e.g. {@code name.zh}) and what is wrong with it. */
@Schema(name = "FieldError", description = "One invalid field of the request.")
public record FieldError(
        @Schema(
                description = "Path of the field in the request body or the query parameter name",
                example = "creditCode")
        String field,

        @Schema(description = "What is wrong with it", example = "checksum does not match")
        String message) {}
