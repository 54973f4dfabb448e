package io.alliancehub.bench.reliability;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Hostile input for every operation of the gateway's merged OpenAPI, sent as an admin (so that it
 * reaches the services' parsing and validation rather than stopping at the role gate): bad path ids,
 * wrong-typed and oversized query values, malformed, deep, huge and mistyped bodies, invalid UTF-8,
 * wrong content types, and per property of the body schema a wrong type, a bad format and an
 * oversized value. Every answer must be below 500, and every 4xx problem+json; that nothing was
 * written is checked by {@link Reliability} from the databases.
 *
 * <p>The cases are derived from the schema rather than drawn at random (jqwik): a run must cover
 * every operation × every class of bad input named in the issue, and a fixed catalogue does that in
 * one pass; the {@link Random} below only varies filler content, from a fixed seed.
 */
final class HostileInput {

    /** An answer ≥ 500, a 4xx that is not problem+json, or a hostile write that was accepted (2xx). */
    record Finding(String operation, String kind, String value, int status, String contentType, String body) {}

    final Map<String, Integer> sentByOperation = new TreeMap<>();
    final Map<String, Integer> sentByKind = new TreeMap<>();
    final Map<Integer, Integer> statuses = new TreeMap<>();
    final List<Finding> findings = new ArrayList<>();
    private final Random random = new Random(20261122);

    static final List<String> BAD_IDS = List.of(
            "not-a-uuid",
            "00000000-0000-0000-0000-00000000000g",
            "1%20OR%201=1",
            "%27%3B%20DROP%20TABLE%20organization%3B--",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "%00",
            "..%2F..%2Fetc%2Fpasswd",
            "9".repeat(300),
            "%C3%28",
            "-1");
    static final List<String> INJECTIONS = List.of(
            "' OR '1'='1",
            "1; DROP TABLE organization; --",
            "<script>alert(1)</script>",
            "${jndi:ldap://127.0.0.1/x}",
            "\u0000",
            "../../etc/passwd");

    void run(Api api, List<Operations.Op> ops, Fixtures f, String admin, boolean smoke) throws Exception {
        for (Operations.Op op : ops) {
            String path = op.resolve(f);
            // path parameters: each replaced by a bad id
            for (Parameter p : op.pathParams()) {
                for (String bad : smoke ? BAD_IDS.subList(0, 3) : BAD_IDS) {
                    String mutated = op.path();
                    for (Parameter other : op.pathParams()) {
                        String value = other == p ? bad : path.split("/")[indexOf(op.path(), other.getName())];
                        mutated = mutated.replace("{" + other.getName() + "}", value);
                    }
                    send(
                            api,
                            op,
                            "path " + p.getName(),
                            bad,
                            mutated,
                            admin,
                            jsonHeaders(op),
                            op.hasBody() ? "{}".getBytes() : null);
                }
            }
            // query parameters: wrong types, bad formats, injections, oversized
            for (Parameter p : op.query()) {
                for (String bad : queryValues(p.getSchema(), smoke)) {
                    send(
                            api,
                            op,
                            "query " + p.getName(),
                            bad,
                            path + "?" + p.getName() + "="
                                    + (bad.startsWith("RAW:")
                                            ? bad.substring(4)
                                            : URLEncoder.encode(bad, StandardCharsets.UTF_8)),
                            admin,
                            jsonHeaders(op),
                            op.hasBody() ? "{}".getBytes() : null);
                }
            }
            if (!op.hasBody()) {
                continue;
            }
            Map<String, String> headers = jsonHeaders(op);
            if (op.method().equals("PATCH") || op.method().equals("DELETE")) {
                // the current ETag, so that the body itself is what gets judged
                String etag = api.json("GET", path, admin, null).header("ETag");
                if (etag != null) {
                    headers.put("If-Match", etag);
                }
            }
            for (Map.Entry<String, byte[]> body : bodies(op, smoke).entrySet()) {
                send(api, op, "body", body.getKey(), path, admin, headers, body.getValue());
            }
            for (String type : List.of("text/plain", "application/xml", "multipart/form-data; boundary=x", "")) {
                if (op.bodyTypes().contains(type)) {
                    continue; // a type the operation takes (the import also takes text/plain)
                }
                Map<String, String> h = new LinkedHashMap<>(headers);
                if (type.isEmpty()) {
                    h.remove("Content-Type");
                } else {
                    h.put("Content-Type", type);
                }
                send(api, op, "content type", type.isEmpty() ? "(none)" : type, path, admin, h, "{}".getBytes());
            }
            if (op.bodySchema() != null && op.bodySchema().getProperties() != null) {
                for (Map.Entry<String, Schema> prop :
                        op.bodySchema().getProperties().entrySet()) {
                    for (Map.Entry<String, String> bad :
                            propertyValues(prop.getValue(), smoke).entrySet()) {
                        send(
                                api,
                                op,
                                "property " + prop.getKey(),
                                bad.getKey(),
                                path,
                                admin,
                                headers,
                                ("{\"" + prop.getKey() + "\": " + bad.getValue() + "}")
                                        .getBytes(StandardCharsets.UTF_8));
                    }
                }
                send(api, op, "extra property", "isAdmin", path, admin, headers, "{\"isAdmin\": true}".getBytes());
            }
        }
    }

    private static int indexOf(String template, String name) {
        String[] parts = template.split("/");
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].equals("{" + name + "}")) {
                return i;
            }
        }
        throw new IllegalStateException(name + " not in " + template);
    }

    private static Map<String, String> jsonHeaders(Operations.Op op) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Accept", "application/json");
        if (op.hasBody()) {
            h.put("Content-Type", op.bodyType() + "; charset=UTF-8");
        }
        return h;
    }

    List<String> queryValues(Schema<?> s, boolean smoke) {
        List<String> v = new ArrayList<>();
        String type = s == null
                ? "string"
                : s.getType() != null
                        ? s.getType()
                        : s.getTypes() != null ? s.getTypes().iterator().next() : "string";
        String format = s == null ? null : s.getFormat();
        switch (type) {
            case "integer", "number" -> v.addAll(List.of("abc", "-1", "99999999999999999999", "1e309", "1.5"));
            case "boolean" -> v.add("maybe");
            default -> {
                if (s != null && s.getEnum() != null) {
                    v.add("NOT_A_VALUE");
                }
                if ("date".equals(format) || "date-time".equals(format)) {
                    v.addAll(List.of("2026-13-45", "yesterday", "2026-02-30T25:61:00Z"));
                }
                if ("uuid".equals(format)) {
                    v.add("not-a-uuid");
                }
                v.add("x".repeat(10_000));
                v.add("RAW:%C3%28");
                v.add("RAW:%00");
            }
        }
        v.addAll(smoke ? INJECTIONS.subList(0, 1) : INJECTIONS);
        return v;
    }

    /** Whole bodies that are not what the operation takes. */
    Map<String, byte[]> bodies(Operations.Op op, boolean smoke) {
        Map<String, byte[]> b = new LinkedHashMap<>();
        if (op.bodyType().equals("text/csv")) {
            b.put("binary", bytes(4096));
            b.put("one column", "a\n1\n".getBytes());
            b.put("header only, 10,000 columns", ("c,".repeat(10_000) + "c\n").getBytes());
            b.put("invalid UTF-8", new byte[] {'n', 'a', 'm', 'e', 'Z', 'h', '\n', (byte) 0xC3, (byte) 0x28, '\n'});
            return b;
        }
        for (String s : List.of("", "{", "null", "[]", "\"text\"", "123", "<a/>", "{\"a\": 1,}", "{'a': 1}")) {
            b.put("malformed " + (s.isEmpty() ? "(empty)" : s), s.getBytes(StandardCharsets.UTF_8));
        }
        int depth = smoke ? 5_000 : 100_000;
        b.put("deep array x" + depth, ("[".repeat(depth) + "]".repeat(depth)).getBytes());
        b.put("deep object x" + depth, ("{\"a\":".repeat(depth) + "1" + "}".repeat(depth)).getBytes());
        b.put(
                "invalid UTF-8",
                concat(
                        "{\"name\": {\"en\": \"".getBytes(),
                        new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF},
                        "\"}}".getBytes()));
        b.put("2 MiB string", ("{\"x\": \"" + "A".repeat(2 * 1024 * 1024) + "\"}").getBytes());
        b.put("100,000-element array", ("{\"x\": [" + "\"y\",".repeat(99_999) + "\"y\"]}").getBytes());
        b.put("duplicate keys", "{\"a\": 1, \"a\": 2}".getBytes());
        return b;
    }

    /** For one property of the body: values of the wrong type, bad formats, beyond its limits. */
    Map<String, String> propertyValues(Schema<?> s, boolean smoke) {
        Map<String, String> v = new LinkedHashMap<>();
        String type = s.getType() != null
                ? s.getType()
                : s.getTypes() != null ? s.getTypes().iterator().next() : "object";
        switch (type) {
            case "string" -> {
                v.put("object for a string", "{\"a\": 1}");
                v.put("array for a string", "[\"a\"]");
                if (s.getEnum() != null) {
                    v.put("not in the enum", "\"NOT_A_VALUE\"");
                    v.put("injection for an enum", "\"' OR '1'='1\"");
                }
                if ("uuid".equals(s.getFormat())) {
                    v.put("bad uuid", "\"not-a-uuid\"");
                }
                if ("date".equals(s.getFormat()) || "date-time".equals(s.getFormat())) {
                    v.put("bad date", "\"2026-02-30\"");
                    v.put("date as number", "20260101");
                }
                if (s.getPattern() != null) {
                    v.put("pattern broken", "\"<script>alert(1)</script>\"");
                }
                if (s.getMaxLength() != null) {
                    v.put("maxLength+1", "\"" + "a".repeat(s.getMaxLength() + 1) + "\"");
                }
            }
            case "integer", "number" -> {
                v.put("string for a number", "\"abc\"");
                v.put("beyond long", "99999999999999999999999");
                v.put("object for a number", "{}");
                if (s.getMinimum() != null) {
                    v.put(
                            "below minimum",
                            s.getMinimum().subtract(java.math.BigDecimal.ONE).toPlainString());
                }
            }
            case "boolean" -> v.put("string for a boolean", "\"maybe\"");
            case "array" -> {
                v.put("string for an array", "\"x\"");
                v.put("object for an array", "{\"a\": 1}");
                if (!smoke) {
                    v.put("10,000 elements", "[" + "{\"a\": 1},".repeat(9_999) + "{\"a\": 1}]");
                }
            }
            default -> {
                v.put("string for an object", "\"" + filler(12) + "\"");
                v.put("array for an object", "[1, 2]");
                v.put("number for an object", "42");
            }
        }
        return v;
    }

    private void send(
            Api api,
            Operations.Op op,
            String kind,
            String value,
            String path,
            String token,
            Map<String, String> headers,
            byte[] body)
            throws Exception {
        sentByOperation.merge(op.method() + " " + op.path(), 1, Integer::sum);
        sentByKind.merge(kind.replaceAll(" .*", ""), 1, Integer::sum);
        Api.Answer a;
        try {
            a = api.call(op.method(), path, token, headers, body);
        } catch (java.io.IOException e) {
            // the server closed the connection: acceptable for an oversized body, reported otherwise
            statuses.merge(-1, 1, Integer::sum);
            findings.add(
                    new Finding(op.id(), kind, abbreviate(value), -1, null, "connection closed: " + e.getMessage()));
            return;
        }
        statuses.merge(a.status(), 1, Integer::sum);
        boolean acceptedWrite = a.status() < 300 && !op.method().equals("GET");
        if (a.status() >= 500 || (a.status() >= 400 && !a.isProblem()) || acceptedWrite) {
            findings.add(
                    new Finding(op.id(), kind, abbreviate(value), a.status(), a.contentType(), abbreviate(a.body())));
        }
    }

    static String abbreviate(String s) {
        return s == null ? null : s.length() > 160 ? s.substring(0, 160) + "…(" + s.length() + " chars)" : s;
    }

    private String filler(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + random.nextInt(26)));
        }
        return b.toString();
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    int total() {
        return statuses.values().stream().mapToInt(Integer::intValue).sum();
    }
}
