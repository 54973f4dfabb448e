package io.alliancehub.kit.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alliancehub.kit.history.JsonDiff;
import io.alliancehub.kit.problem.ProblemMappers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

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

    /**
     * The merge-patch update, written once for every patchable resource: {@code If-Match} against the
     * resource's version (428/412), the patch applied to its writable document ({@code current}), the
     * result bound and validated as a POST body would be (400), and — only when the document changed —
     * {@code write} called with the new document and the changed fields, to check the rules, apply,
     * flush and publish. A patch that changes nothing writes nothing: same version, no history entry,
     * no event.
     *
     * <p>The no-change check compares both documents after a round trip through {@code type}, so that
     * the same value written another way (an instant with another offset, {@code 1.0} for {@code 1})
     * is no change.
     *
     * @return the changed fields (JSON paths, e.g. {@code address.city}); empty when nothing changed
     */
    public <T> List<String> update(
            String ifMatch, long version, T current, JsonNode patch, Class<T> type, BiConsumer<T, List<String>> write) {
        ETags.requireMatch(ifMatch, version);
        ObjectNode before = json.valueToTree(current);
        ObjectNode after = MergePatch.apply(before, patch);
        T document = bind(after, type);
        List<String> changed = JsonDiff.changedFields(normalized(before, type), json.valueToTree(document));
        if (!changed.isEmpty()) {
            write.accept(document, changed);
        }
        return changed;
    }

    /** The document as {@code type} writes it (not validated: the stored state is what it is). */
    private <T> JsonNode normalized(ObjectNode document, Class<T> type) {
        try {
            return json.valueToTree(json.treeToValue(document, type));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return document;
        }
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
}
