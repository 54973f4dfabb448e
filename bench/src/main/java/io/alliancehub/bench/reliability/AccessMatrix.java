package io.alliancehub.bench.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every operation of the merged spec × every kind of caller, each cell with the status it must get.
 *
 * <p>The callers: anonymous (AN), a member of organisation A (A), a member of organisation B (B), a
 * partner (P), an admin (AD), and three forged callers who must always get 401: an expired token
 * (EXP), a token from another issuer (ISS), one meant for another audience (AUD) and one signed by an
 * unknown key (KEY). The fixtures
 * belong to A (see {@link Fixtures}); the agreement is PARTIES-only between A and C, so B and P must
 * not learn it exists (404).
 *
 * <p>No cell writes: an allowed caller sends what passes the gate and then fails harmlessly — an
 * empty JSON body (400) or a stale If-Match (412) — so the status proves the gate and nothing changes.
 * A body is validated before the service looks the object up, so B's empty body to A's objects is
 * 400 as it would be for any id (it reveals nothing); {@link ObjectLevel} sends B valid bodies.
 */
final class AccessMatrix {

    static final List<String> CALLERS = List.of("AN", "A", "B", "P", "AD", "EXP", "ISS", "AUD", "KEY");

    /**
     * The expected status of each cell, per operation: who may, and what the others get. Every
     * operation of the spec must be here, so a new endpoint cannot ship without its row.
     */
    static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        String all = "AN=200 A=200 B=200 P=200 AD=200";
        String tokenOnly = "AN=401 A=200 B=200 P=200 AD=200";
        // members-service
        EXPECTED.put("getTaxonomy", all);
        EXPECTED.put("listCommittees", all);
        EXPECTED.put("getCommittee", all);
        EXPECTED.put("createCommittee", "AN=401 A=403 B=403 P=403 AD=400");
        EXPECTED.put("updateCommittee", "AN=401 A=403 B=403 P=403 AD=412");
        EXPECTED.put("getCommitteeHistory", "AN=401 A=403 B=403 P=403 AD=200");
        EXPECTED.put("addCommitteeSeat", "AN=401 A=403 B=403 P=403 AD=400");
        EXPECTED.put("removeCommitteeSeat", "AN=401 A=403 B=403 P=403 AD=412");
        EXPECTED.put("listOrganizations", all);
        EXPECTED.put("getOrganization", all);
        EXPECTED.put("createOrganization", "AN=401 A=403 B=403 P=403 AD=400");
        EXPECTED.put("importOrganizations", "AN=401 A=403 B=403 P=403 AD=400");
        EXPECTED.put("updateOrganization", "AN=401 A=412 B=403 P=403 AD=412");
        EXPECTED.put("getOrganizationHistory", "AN=401 A=200 B=403 P=403 AD=200");
        EXPECTED.put("listMembershipTransitions", "AN=401 A=200 B=403 P=403 AD=200");
        EXPECTED.put("transitionMembership", "AN=401 A=403 B=403 P=403 AD=400");
        EXPECTED.put("listContacts", all);
        EXPECTED.put("getContact", all);
        EXPECTED.put("createContact", "AN=401 A=400 B=400 P=403 AD=400");
        EXPECTED.put("updateContact", "AN=401 A=412 B=403 P=403 AD=412");
        EXPECTED.put("deleteContact", "AN=401 A=412 B=403 P=403 AD=412");
        EXPECTED.put("getContactHistory", "AN=401 A=200 B=403 P=403 AD=200");
        // events-service
        EXPECTED.put("listEvents", all);
        EXPECTED.put("getEvent", all);
        EXPECTED.put("getEventCalendar", all);
        EXPECTED.put("listEventAgreements", all);
        EXPECTED.put("createEvent", "AN=401 A=403 B=403 P=403 AD=400");
        EXPECTED.put("updateEvent", "AN=401 A=403 B=403 P=403 AD=412");
        EXPECTED.put("transitionEvent", "AN=401 A=403 B=403 P=403 AD=400");
        EXPECTED.put("getEventHistory", "AN=401 A=403 B=403 P=403 AD=200");
        EXPECTED.put("listSessions", all);
        EXPECTED.put("getSession", all);
        EXPECTED.put("createSession", "AN=401 A=403 B=403 P=403 AD=400");
        EXPECTED.put("updateSession", "AN=401 A=403 B=403 P=403 AD=412");
        EXPECTED.put("deleteSession", "AN=401 A=403 B=403 P=403 AD=412");
        EXPECTED.put("listExhibitors", all);
        EXPECTED.put("createExhibitor", "AN=401 A=403 B=403 P=403 AD=400");
        EXPECTED.put("updateExhibitor", "AN=401 A=403 B=403 P=403 AD=412");
        EXPECTED.put("deleteExhibitor", "AN=401 A=403 B=403 P=403 AD=412");
        EXPECTED.put("createRegistration", "AN=401 A=400 B=400 P=400 AD=400");
        // B's list is its own organisation's registrations: none, so A's attendee is not in it (checked by Privacy)
        EXPECTED.put("listRegistrations", tokenOnly);
        EXPECTED.put("getRegistration", "AN=401 A=200 B=404 P=200 AD=200");
        EXPECTED.put("cancelRegistration", "AN=401 A=412 B=404 P=412 AD=412");
        EXPECTED.put("checkInRegistration", "AN=401 A=403 B=403 P=412 AD=412");
        // tickets: A's attendee holds a seat; the door is the secretariat's and the gate devices' (role checkin)
        EXPECTED.put("getRegistrationTicket", "AN=401 A=200 B=404 P=403 AD=200");
        EXPECTED.put("createCheckIn", "AN=401 A=403 B=403 P=403 AD=400");
        EXPECTED.put("getCheckInSummary", "AN=401 A=403 B=403 P=403 AD=200");
        EXPECTED.put("deleteCheckIn", "AN=401 A=403 B=403 P=403 AD=412");
        // agreements-service: the agreement is PARTIES-only between A and C
        EXPECTED.put("listAgreements", all);
        EXPECTED.put("getAgreement", "AN=404 A=200 B=404 P=404 AD=200");
        EXPECTED.put("listAmendments", "AN=404 A=200 B=404 P=404 AD=200");
        EXPECTED.put("createAgreement", "AN=401 A=400 B=400 P=403 AD=400");
        EXPECTED.put("updateAgreement", "AN=401 A=412 B=404 P=403 AD=412");
        EXPECTED.put("transitionAgreement", "AN=401 A=400 B=400 P=403 AD=400");
        EXPECTED.put("amendAgreement", "AN=401 A=400 B=400 P=403 AD=400");
        EXPECTED.put("signAgreement", "AN=401 A=400 B=400 P=403 AD=400");
        EXPECTED.put("declineAgreement", "AN=401 A=400 B=400 P=403 AD=400");
        EXPECTED.put("getAgreementHistory", "AN=401 A=200 B=404 P=403 AD=200");
        EXPECTED.put("listMilestones", "AN=404 A=200 B=404 P=404 AD=200");
        EXPECTED.put("getMilestone", "AN=404 A=200 B=404 P=404 AD=200");
        EXPECTED.put("createMilestone", "AN=401 A=400 B=400 P=403 AD=400");
        EXPECTED.put("updateMilestone", "AN=401 A=412 B=404 P=403 AD=412");
        EXPECTED.put("transitionMilestone", "AN=401 A=400 B=400 P=403 AD=400");
        // notifications-service: P's webhook, paused (so a redelivery is refused: 409); members have none
        String partnersAndAdmins = "AN=401 A=403 B=403 P=200 AD=200";
        EXPECTED.put("createWebhook", "AN=401 A=403 B=403 P=400 AD=400");
        EXPECTED.put("listWebhooks", partnersAndAdmins);
        EXPECTED.put("getWebhook", partnersAndAdmins);
        EXPECTED.put("deleteWebhook", "AN=401 A=403 B=403 P=412 AD=412");
        EXPECTED.put("transitionWebhook", "AN=401 A=403 B=403 P=400 AD=400");
        EXPECTED.put("rotateWebhookSecret", "AN=401 A=403 B=403 P=400 AD=400");
        EXPECTED.put("listWebhookDeliveries", partnersAndAdmins);
        EXPECTED.put("getWebhookDelivery", partnersAndAdmins);
        EXPECTED.put("redeliverWebhookDelivery", "AN=401 A=403 B=403 P=409 AD=409");
        // a reminder's opt-out link is its own credential: anyone may use it, and an unknown one is 404
        String anyoneButUnknown = "AN=404 A=404 B=404 P=404 AD=404";
        EXPECTED.put("getReminderOptOut", anyoneButUnknown);
        EXPECTED.put("optOutOfReminders", anyoneButUnknown);
        EXPECTED.put("optInToReminders", anyoneButUnknown);
        // events-service's addresses are notifications-service's alone (role notifier)
        EXPECTED.put("getRegistrationRecipient", "AN=401 A=403 B=403 P=403 AD=403");
        EXPECTED.put("listRegistrationRecipients", "AN=401 A=403 B=403 P=403 AD=403");
        EXPECTED.put("listContactRecipients", "AN=401 A=403 B=403 P=403 AD=403");
    }

    record Cell(String operation, String caller, int expected, int actual, boolean problemJson) {
        boolean ok() {
            return expected == actual && (actual < 400 || problemJson);
        }
    }

    final List<Cell> cells = new ArrayList<>();
    final List<String> missingRows = new ArrayList<>();

    void run(Api api, List<Operations.Op> ops, Fixtures f, Tokens tokens) throws Exception {
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("AN", null);
        callers.put("A", tokens.member("member-a-" + f.run, UUID.fromString(f.id("orgA"))));
        callers.put("B", tokens.member("member-b-" + f.run, UUID.fromString(f.id("orgB"))));
        callers.put("P", tokens.partner("partner-" + f.run));
        callers.put("AD", tokens.admin("admin-" + f.run));
        callers.put("EXP", tokens.expired());
        callers.put("ISS", tokens.otherIssuer());
        callers.put("AUD", tokens.otherAudience());
        callers.put("KEY", tokens.foreignKey());
        for (Operations.Op op : ops) {
            String row = EXPECTED.get(op.id());
            if (row == null) {
                missingRows.add(op.method() + " " + op.path() + " (" + op.id() + ")");
                continue;
            }
            Map<String, Integer> expected = new LinkedHashMap<>();
            Arrays.stream(row.split(" "))
                    .map(c -> c.split("="))
                    .forEach(c -> expected.put(c[0], Integer.parseInt(c[1])));
            for (String forged : List.of("EXP", "ISS", "AUD", "KEY")) {
                expected.put(forged, 401);
            }
            for (Map.Entry<String, String> caller : callers.entrySet()) {
                Api.Answer a = gate(api, op, f, caller.getValue());
                cells.add(new Cell(op.id(), caller.getKey(), expected.get(caller.getKey()), a.status(), a.isProblem()));
            }
        }
    }

    /** The request that passes the gate and then fails harmlessly (see the class comment). */
    static Api.Answer gate(Api api, Operations.Op op, Fixtures f, String token) throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", op.accept());
        String path = op.resolve(f);
        byte[] body = null;
        switch (op.method()) {
            case "PATCH", "DELETE" -> headers.put("If-Match", "\"999999\"");
            case "POST" -> {
                if (op.id().equals("checkInRegistration")) {
                    headers.put("If-Match", "\"999999\"");
                } else if (op.id().equals("importOrganizations")) {
                    path += "?dryRun=true";
                }
            }
            default -> {}
        }
        if (op.hasBody()) {
            headers.put(
                    "Content-Type",
                    op.bodyType().equals("text/csv") ? "text/csv; charset=UTF-8" : op.bodyType() + "; charset=UTF-8");
            body = (op.bodyType().equals("text/csv") ? "" : "{}").getBytes(StandardCharsets.UTF_8);
        }
        return api.call(op.method(), path, token, headers, body);
    }

    long failures() {
        return cells.stream().filter(c -> !c.ok()).count() + missingRows.size();
    }
}
