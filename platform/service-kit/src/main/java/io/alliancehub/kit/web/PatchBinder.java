package io.alliancehub.kit.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alliancehub.kit.problem.ProblemMappers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * Applies a merge patch to a resource's writable document (a request record) and binds and
 * validates the result exactly as a POST body would be: unknown properties are 400, constraint
 * violations are 400 with field errors.
 */
@ApplicationScoped
public class PatchBinder {

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    public <T> T apply(T current, JsonNode patch, Class<T> type) {
        return bind(MergePatch.apply(json.valueToTree(current), patch), type);
    }

    /**
     * Whether {@code patch} changes {@code current}'s document at all. Compared as JSON, before binding:
     * a round trip through the entity types would not be equal to itself (dates come back in UTC).
     */
    public boolean changes(Object current, JsonNode patch) {
        ObjectNode before = json.valueToTree(current);
        return !MergePatch.apply(before, patch).equals(before);
    }

    public <T> T bind(JsonNode document, Class<T> type) {
        T value;
        try {
            value = json.treeToValue(document, type);
        } catch (JsonProcessingException e) {
            throw ProblemMappers.fromJackson(e);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return value;
    }

    public ObjectNode tree(Object value) {
        return json.valueToTree(value);
    }
}
