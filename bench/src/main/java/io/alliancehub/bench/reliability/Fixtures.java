package io.alliancehub.bench.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What the authorisation, privacy and hostile-input checks act on, created through the gateway by an
 * admin: three ACTIVE member organisations A, B and C; a contact of A (with e-mail and phone) holding
 * a committee seat; a public event organised by A with a session, an exhibitor and a registration by
 * A's member; a PARTIES-only agreement between A and C with a milestone. B is the outsider.
 */
final class Fixtures {

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final Map<String, String> ids = new LinkedHashMap<>();
    String contactEmail;
    String contactPhone;
    String attendeeEmail;

    static Fixtures create(Api api, String admin, Tokens tokens) throws Exception {
        Fixtures f = new Fixtures();
        // the partner P's webhook, made before the organisations so that their events give it a delivery; its
        // target is a closed local port, and it is paused once the delivery exists (nothing is retried after)
        String partner = tokens.partner("partner-" + f.run);
        String webhook = api.must("POST", "/api/v1/webhooks", partner, """
                {"url": "http://127.0.0.1:9/alliance-hub", "eventTypes": ["io.alliancehub.members.organization.registered.v1"]}""")
                .get("subscription")
                .get("id")
                .asText();
        f.ids.put("webhook", webhook);
        // a link no reminder carries: the opt-out operations answer 404 to every caller and change nothing
        f.ids.put("optOutLink", "no-such-link-" + f.run);
        f.ids.put("orgA", f.organization(api, admin, "A"));
        f.ids.put("orgB", f.organization(api, admin, "B"));
        f.ids.put("orgC", f.organization(api, admin, "C"));
        f.contactEmail = "contact-" + f.run + "@a.example.org";
        f.contactPhone = "+86 510 " + (1000 + Math.floorMod(f.run.hashCode(), 9000)) + " 7788";
        String contacts = "/api/v1/organizations/" + f.id("orgA") + "/contacts";
        f.ids.put(
                "contactA",
                api.must("POST", contacts, admin, """
                {"name": {"zh": "李测试", "en": "Li Test %s"}, "title": {"en": "Director"}, "role": "PRIMARY_REPRESENTATIVE",
                 "email": "%s", "phone": "+86 510 0000 0000"}""".formatted(f.run, f.contactEmail))
                        .get("id")
                        .asText());
        // a change of phone number, so that the contact's history carries personal data too
        String contact = contacts + "/" + f.id("contactA");
        String etag = api.json("GET", contact, admin, null).header("ETag");
        Api.Answer changed = api.call(
                "PATCH",
                contact,
                admin,
                java.util.Map.of("Content-Type", "application/merge-patch+json", "If-Match", etag),
                ("{\"phone\": \"" + f.contactPhone + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (changed.status() != 200) {
            throw new IllegalStateException(
                    "PATCH " + contact + " answered " + changed.status() + ": " + changed.body());
        }
        f.ids.put(
                "committee",
                api.must("POST", "/api/v1/committees", admin, """
                {"name": {"zh": "安全检查委员会", "en": "Check committee %s"}, "kind": "WORKING_GROUP"}""".formatted(f.run))
                        .get("id")
                        .asText());
        JsonNode committee =
                api.must("POST", "/api/v1/committees/" + f.id("committee") + "/seats", admin, """
                {"organizationId": "%s", "contactId": "%s", "role": "MEMBER", "termStart": "2026-01-01", "termEnd": "2028-12-31"}""".formatted(
                                f.id("orgA"), f.id("contactA")));
        f.ids.put("seat", committee.get("seats").get(0).get("id").asText());

        String event = api.mustEventually("POST", "/api/v1/events", admin, """
                {"title": {"zh": "安全检查论坛", "en": "Check forum %s"}, "type": "FORUM", "organizers": ["%s"],
                 "venue": {"name": "Expo Center", "city": "Wuxi"}, "startsAt": "2031-04-13T09:00:00+08:00",
                 "endsAt": "2031-04-13T17:00:00+08:00", "capacity": 100, "visibility": "PUBLIC"}""".formatted(f.run, f.id("orgA")))
                .get("id")
                .asText();
        f.ids.put("event", event);
        f.ids.put(
                "session",
                api.must("POST", "/api/v1/events/" + event + "/sessions", admin, """
                {"title": {"en": "Keynote"}, "kind": "KEYNOTE", "startsAt": "2031-04-13T09:30:00+08:00",
                 "endsAt": "2031-04-13T10:00:00+08:00", "room": "Main hall"}""")
                        .get("id")
                        .asText());
        f.ids.put(
                "exhibitor",
                api.mustEventually("POST", "/api/v1/events/" + event + "/exhibitors", admin, """
                {"organizationId": "%s", "booth": "B%s", "showcase": {"en": "Equipment"}}""".formatted(
                                        f.id("orgA"), f.run.substring(0, 3)))
                        .get("id")
                        .asText());
        api.must("POST", "/api/v1/events/" + event + "/transitions", admin, "{\"action\": \"PUBLISH\"}");
        api.must("POST", "/api/v1/events/" + event + "/transitions", admin, "{\"action\": \"OPEN_REGISTRATION\"}");
        f.attendeeEmail = "attendee-" + f.run + "@a.example.org";
        String memberA = tokens.member("member-a-" + f.run, UUID.fromString(f.id("orgA")));
        f.ids.put(
                "registration",
                api.mustEventually("POST", "/api/v1/events/" + event + "/registrations", memberA, """
                {"attendee": {"name": "Attendee %s", "email": "%s", "organizationId": "%s"}, "category": "MEMBER"}""".formatted(
                                        f.run, f.attendeeEmail, f.id("orgA")))
                        .get("id")
                        .asText());

        String agreement = api.mustEventually("POST", "/api/v1/agreements", admin, """
                {"referenceNumber": "CHK-%s", "title": {"en": "Check agreement %s"}, "type": "CO_BUILDING",
                 "parties": [{"organizationId": "%s", "role": "PARTY_A", "signatories": [{"name": {"en": "Signatory A"}}]},
                             {"organizationId": "%s", "role": "PARTY_B", "signatories": [{"name": {"en": "Signatory C"}}]}],
                 "effectiveFrom": "2031-01-01", "visibility": "PARTIES"}""".formatted(
                                f.run.toUpperCase(), f.run, f.id("orgA"), f.id("orgC")))
                .get("id")
                .asText();
        f.ids.put("agreement", agreement);
        f.ids.put("delivery", f.delivery(api, partner, webhook));
        f.ids.put(
                "milestone",
                api.must("POST", "/api/v1/agreements/" + agreement + "/milestones", admin, """
                {"title": {"en": "Milestone"}, "ownerPartyRole": "PARTY_A", "dueOn": "2031-12-31"}""")
                        .get("id")
                        .asText());
        return f;
    }

    /** The webhook's first delivery, once notifications-service made it; then the webhook is paused. */
    private String delivery(Api api, String partner, String webhook) throws Exception {
        for (int i = 0; i < 60; i++) {
            JsonNode items = api.must("GET", "/api/v1/webhooks/" + webhook + "/deliveries", partner, null)
                    .get("items");
            if (items.size() > 0) {
                api.must("POST", "/api/v1/webhooks/" + webhook + "/transitions", partner, "{\"action\": \"PAUSE\"}");
                return items.get(0).get("id").asText();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("webhook " + webhook + " got no delivery within 30 s");
    }

    String id(String name) {
        String id = ids.get(name);
        if (id == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        return id;
    }

    private String organization(Api api, String admin, String letter) throws Exception {
        String id = api.must("POST", "/api/v1/organizations", admin, """
                {"name": {"zh": "检查机构%s", "en": "Check organisation %s %s"}, "sector": "ENTERPRISE",
                 "address": {"country": "CN", "province": "Jiangsu", "city": "Wuxi"}, "membership": {"tier": "MEMBER"}}""".formatted(letter, letter, run))
                .get("id")
                .asText();
        api.must("POST", "/api/v1/organizations/" + id + "/membership/transitions", admin, "{\"action\": \"APPROVE\"}");
        api.must(
                "POST",
                "/api/v1/organizations/" + id + "/membership/transitions",
                admin,
                "{\"action\": \"ACTIVATE\", \"termStart\": \"2026-01-01\", \"termEnd\": \"2028-12-31\"}");
        return id;
    }
}
