package io.alliancehub.kit.web;

import io.alliancehub.kit.problem.ApiException;
import java.util.function.Predicate;

/**
 * The one way a service turns a looked-up row into a 404: "absent" and "there but not for you" (or not under
 * the parent named in the path) are the same answer, so a caller learns nothing from the difference.
 */
public final class Lookup {

    private Lookup() {}

    /** {@code found} when it exists; otherwise 404 naming {@code what} and {@code id}. */
    public static <T> T existing(T found, String what, Object id) {
        if (found == null) {
            throw ApiException.notFound(what, id);
        }
        return found;
    }

    /** {@code found} when it exists and {@code visible} accepts it; otherwise the same 404 as an absent row. */
    public static <T> T visible(T found, Predicate<? super T> visible, String what, Object id) {
        if (found == null || !visible.test(found)) {
            throw ApiException.notFound(what, id);
        }
        return found;
    }
}
