package io.alliancehub.contracts.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;

/**
 * Class-path locations of the contract documents shipped in this jar. Paths are relative to the
 * class-path root (no leading slash), for {@link ClassLoader#getResource(String)}; a schema
 * validator that understands {@code classpath:} locations can use {@code "classpath:" + path}.
 * The location of an event type's schema is {@link EventDescriptor#schemaPath()}.
 */
public final class SchemaPaths {

    /** Folder of the payload JSON Schemas, one sub-folder per producing service. */
    public static final String SCHEMAS_DIR = "schemas/";

    /** The AsyncAPI 3.0 document listing every channel, message and operation. */
    public static final String ASYNCAPI = "asyncapi/asyncapi.yaml";

    private SchemaPaths() {}

    /**
     * The schema location of a CloudEvents type: {@code io.alliancehub.<service>.<rest>} is at
     * {@code schemas/<service>/<rest>.json}, e.g. {@code schemas/members/organization.registered.v1.json}.
     */
    public static String of(String eventType) {
        if (eventType == null || !eventType.startsWith(EventTypes.PREFIX)) {
            throw new IllegalArgumentException("not an Alliance Hub event type: " + eventType);
        }
        String name = eventType.substring(EventTypes.PREFIX.length());
        int dot = name.indexOf('.');
        if (dot <= 0) {
            throw new IllegalArgumentException("event type without a service: " + eventType);
        }
        return SCHEMAS_DIR + name.substring(0, dot) + "/" + name.substring(dot + 1) + ".json";
    }

    /** URL of a contract resource of this jar; fails if it is missing. */
    public static URL url(String path) {
        URL url = SchemaPaths.class.getClassLoader().getResource(strip(path));
        if (url == null) {
            throw new IllegalArgumentException("no such contract resource on the class path: " + path);
        }
        return url;
    }

    /** Opens a contract resource of this jar; the caller closes the stream. */
    public static InputStream open(String path) {
        try {
            return url(path).openStream();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read contract resource " + path, e);
        }
    }

    private static String strip(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
