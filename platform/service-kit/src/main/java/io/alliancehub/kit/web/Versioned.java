package io.alliancehub.kit.web;

/**
 * A representation that carries its id and row version: all that {@link ETags} needs for the ETag and the
 * Location of a created resource.
 */
public interface Versioned {

    Object id();

    long version();
}
