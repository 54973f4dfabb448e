package io.alliancehub.kit.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alliancehub.kit.problem.ApiException;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON Merge Patch (RFC 7386) for {@code application/merge-patch+json}. Written here because
 * Jackson's {@code readerForUpdating} treats {@code null} as a value, not as "remove", and the
 * algorithm is ten lines.
 */
public final class MergePatch {

    private MergePatch() {}

    /** Applies {@code patch} to a copy of {@code target} and returns it. */
    public static ObjectNode apply(ObjectNode target, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw ApiException.badRequest("a merge patch must be a JSON object");
        }
        ObjectNode result = target.deepCopy();
        merge(result, patch);
        return result;
    }

    private static void merge(ObjectNode target, JsonNode patch) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isNull()) {
                target.remove(field.getKey());
            } else if (value.isObject() && target.get(field.getKey()) instanceof ObjectNode existing) {
                merge(existing, value);
            } else {
                target.set(field.getKey(), value.deepCopy());
            }
        }
    }
}
