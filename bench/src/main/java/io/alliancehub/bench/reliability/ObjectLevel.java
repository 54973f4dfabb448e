package io.alliancehub.bench.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Object-level authorisation and mass assignment: requests that pass the role gate and carry a
 * current If-Match, so only the service's object rules stand between them and a change. Each must be
 * refused with one of its expected statuses, and the watched resource must keep its ETag.
 */
final class ObjectLevel {

    record Case(
            String name, String caller, String method, String path, String body, String watch, Set<Integer> expected) {}

    record Outcome(Case c, int status, boolean problemJson, boolean unchanged, String answer) {
        boolean ok() {
            return c.expected().contains(status) && problemJson && unchanged;
        }
    }

    final List<Outcome> outcomes = new ArrayList<>();

    void run(Api api, Fixtures f, Tokens tokens) throws Exception {
        String admin = tokens.admin("admin-" + f.run);
        Map<String, String> as = new LinkedHashMap<>();
        as.put("A", tokens.member("member-a-" + f.run, UUID.fromString(f.id("orgA"))));
        as.put("B", tokens.member("member-b-" + f.run, UUID.fromString(f.id("orgB"))));
        as.put("P", tokens.partner("partner-" + f.run));
        String org = "/api/v1/organizations/" + f.id("orgA");
        String contact = org + "/contacts/" + f.id("contactA");
        String agreement = "/api/v1/agreements/" + f.id("agreement");
        String registration = "/api/v1/events/" + f.id("event") + "/registrations/" + f.id("registration");
        Set<Integer> refused = Set.of(400, 403, 422);
        List<Case> cases = List.of(
                new Case(
                        "B changes A's organisation",
                        "B",
                        "PATCH",
                        org,
                        "{\"website\": \"https://b.example\"}",
                        org,
                        Set.of(403)),
                new Case(
                        "A raises its own membership tier",
                        "A",
                        "PATCH",
                        org,
                        "{\"membership\": {\"tier\": \"CHAIR\"}}",
                        org,
                        refused),
                new Case(
                        "A sets its own membership status",
                        "A",
                        "PATCH",
                        org,
                        "{\"membership\": {\"status\": \"ACTIVE\"}}",
                        org,
                        refused),
                new Case(
                        "A sets status on its organisation",
                        "A",
                        "PATCH",
                        org,
                        "{\"status\": \"ACTIVE\"}",
                        org,
                        Set.of(400)),
                new Case(
                        "A sets id on its organisation",
                        "A",
                        "PATCH",
                        org,
                        "{\"id\": \"" + UUID.randomUUID() + "\"}",
                        org,
                        Set.of(400)),
                new Case("A sets version on its organisation", "A", "PATCH", org, "{\"version\": 0}", org, Set.of(400)),
                new Case(
                        "B changes A's contact",
                        "B",
                        "PATCH",
                        contact,
                        "{\"phone\": \"+86 000\"}",
                        contact,
                        Set.of(403, 404)),
                new Case(
                        "A moves its contact to B",
                        "A",
                        "PATCH",
                        contact,
                        "{\"organizationId\": \"" + f.id("orgB") + "\"}",
                        contact,
                        Set.of(400)),
                new Case("B deletes A's contact", "B", "DELETE", contact, null, contact, Set.of(403, 404)),
                new Case(
                        "B adds a contact to A",
                        "B",
                        "POST",
                        org + "/contacts",
                        "{\"name\": {\"en\": \"Intruder\"}, \"role\": \"OTHER\", \"email\": \"x@b.example\"}",
                        org + "/contacts",
                        Set.of(403)),
                new Case(
                        "B registers an attendee for A",
                        "B",
                        "POST",
                        "/api/v1/events/" + f.id("event") + "/registrations",
                        "{\"attendee\": {\"name\": \"Someone\", \"email\": \"s-" + f.run
                                + "@b.example\", \"organizationId\": \"" + f.id("orgA")
                                + "\"}, \"category\": \"MEMBER\"}",
                        "/api/v1/events/" + f.id("event") + "/registrations",
                        Set.of(403, 422)),
                new Case("B cancels A's registration", "B", "DELETE", registration, null, registration, Set.of(404)),
                new Case(
                        "B changes the A–C agreement",
                        "B",
                        "PATCH",
                        agreement,
                        "{\"title\": {\"en\": \"Mine\"}}",
                        agreement,
                        Set.of(404)),
                new Case(
                        "P changes the A–C agreement",
                        "P",
                        "PATCH",
                        agreement,
                        "{\"title\": {\"en\": \"Mine\"}}",
                        agreement,
                        Set.of(403, 404)),
                new Case(
                        "B signs the A–C agreement",
                        "B",
                        "POST",
                        agreement + "/transitions",
                        "{\"action\": \"SUBMIT_FOR_REVIEW\"}",
                        agreement,
                        Set.of(404)),
                new Case(
                        "A signs for C (PARTY_B) on the A–C agreement",
                        "A",
                        "POST",
                        agreement + "/signatures",
                        "{\"partyRole\": \"PARTY_B\", \"signatory\": 0, \"signedOn\": \"2021-01-01\"}",
                        agreement,
                        Set.of(403)),
                new Case(
                        "B signs for A on the A–C agreement",
                        "B",
                        "POST",
                        agreement + "/signatures",
                        "{\"partyRole\": \"PARTY_A\", \"signatory\": 0, \"signedOn\": \"2021-01-01\"}",
                        agreement,
                        Set.of(404)),
                new Case(
                        "A declines for C on the A–C agreement",
                        "A",
                        "POST",
                        agreement + "/declines",
                        "{\"partyRole\": \"PARTY_B\", \"reason\": \"not mine to refuse\"}",
                        agreement,
                        Set.of(403)),
                new Case(
                        "A rewrites C's signatories",
                        "A",
                        "PATCH",
                        agreement,
                        "{\"parties\": [{\"organizationId\": \"" + f.id("orgA")
                                + "\", \"role\": \"PARTY_A\", \"signatories\": [{\"name\": {\"en\": \"Signatory A\"}}]},"
                                + " {\"organizationId\": \"" + f.id("orgC")
                                + "\", \"role\": \"PARTY_B\", \"signatories\": [{\"name\": {\"en\": \"Chosen by A\"}}]}]}",
                        agreement,
                        Set.of(403)),
                new Case(
                        "B adds a milestone to the A–C agreement",
                        "B",
                        "POST",
                        agreement + "/milestones",
                        "{\"title\": {\"en\": \"Mine\"}, \"ownerPartyRole\": \"PARTY_A\", \"dueOn\": \"2031-06-30\"}",
                        agreement + "/milestones",
                        Set.of(404)),
                new Case(
                        "B amends the A–C agreement",
                        "B",
                        "POST",
                        agreement + "/amendments",
                        "{\"summary\": {\"en\": \"Mine\"}}",
                        "/api/v1/agreements?q=CHK-" + f.run.toUpperCase(),
                        Set.of(400, 404)), // body validated first: 400 for any id
                new Case(
                        "A sets the agreement's status",
                        "A",
                        "PATCH",
                        agreement,
                        "{\"status\": \"ACTIVE\"}",
                        agreement,
                        Set.of(400)),
                new Case(
                        "A sets the agreement's version",
                        "A",
                        "PATCH",
                        agreement,
                        "{\"version\": 0}",
                        agreement,
                        Set.of(400)),
                new Case(
                        "A makes an agreement between B and C",
                        "A",
                        "POST",
                        "/api/v1/agreements",
                        """
                        {"referenceNumber": "X-%s", "title": {"en": "Not mine"}, "type": "CO_BUILDING",
                         "parties": [{"organizationId": "%s", "role": "PARTY_A"}, {"organizationId": "%s", "role": "PARTY_B"}],
                         "visibility": "PARTIES"}""".formatted(f.run.toUpperCase(), f.id("orgB"), f.id("orgC")),
                        "/api/v1/agreements?q=X-" + f.run.toUpperCase(),
                        Set.of(403, 422)));
        for (Case c : cases) {
            String before = etagOrBody(api, c.watch(), admin);
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Accept", "application/json");
            String current = api.json("GET", c.path(), admin, null).header("ETag");
            if (current != null && !c.method().equals("POST")) {
                headers.put("If-Match", current);
            }
            byte[] body = null;
            if (c.body() != null) {
                headers.put(
                        "Content-Type",
                        (c.method().equals("PATCH") ? "application/merge-patch+json" : "application/json")
                                + "; charset=UTF-8");
                body = c.body().getBytes(StandardCharsets.UTF_8);
            }
            Api.Answer a = api.call(c.method(), c.path(), as.get(c.caller()), headers, body);
            outcomes.add(new Outcome(
                    c,
                    a.status(),
                    a.isProblem(),
                    before.equals(etagOrBody(api, c.watch(), admin)),
                    HostileInput.abbreviate(a.body())));
        }
    }

    /** The watched resource's ETag (a single resource) or whole body (a list), as the admin sees it. */
    private static String etagOrBody(Api api, String path, String admin) throws Exception {
        Api.Answer a = api.json("GET", path, admin, null);
        String etag = a.header("ETag");
        return a.status() + ":" + (etag != null ? etag : a.body());
    }

    long failures() {
        return outcomes.stream().filter(o -> !o.ok()).count();
    }
}
