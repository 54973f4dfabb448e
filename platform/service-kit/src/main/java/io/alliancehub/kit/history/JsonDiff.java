package io.alliancehub.kit.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Field-level differences between two JSON documents, as dotted paths (arrays compared whole). */
public final class JsonDiff {

    public record Change(String field, JsonNode from, JsonNode to) {}

    private JsonDiff() {}

    public static List<Change> between(JsonNode before, JsonNode after) {
        List<Change> changes = new ArrayList<>();
        diff("", before, after, changes);
        return changes;
    }

    public static List<String> changedFields(JsonNode before, JsonNode after) {
        return between(before, after).stream().map(Change::field).toList();
    }

    private static void diff(String path, JsonNode a, JsonNode b, List<Change> out) {
        JsonNode left = a == null ? NullNode.instance : a;
        JsonNode right = b == null ? NullNode.instance : b;
        if (left.isObject() && right.isObject()
                || left.isObject() && right.isNull()
                || left.isNull() && right.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            left.fieldNames().forEachRemaining(names::add);
            right.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                diff(path.isEmpty() ? name : path + "." + name, left.get(name), right.get(name), out);
            }
            return;
        }
        if (!left.equals(right)) {
            out.add(new Change(path, left, right));
        }
    }
}
