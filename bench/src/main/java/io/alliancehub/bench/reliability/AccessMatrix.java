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
 * (EXP), a token from another issuer (ISS) and one signed by an unknown key (KEY). The fixtures
 * belong to A (see {@link Fixtures}); the agreement is PARTIES-only between A and C, so B and P must
 * not learn it exists (404).
 *
 * <p>No cell writes: an allowed caller sends what passes the gate and then fails harmlessly — an
 * empty JSON body (400) or a stale If-Match (412) — so the status proves the gate and nothing changes.
 * A body is validated before the service looks the object up, so B's empty body to A's objects is
 * 400 as it would be for any id (it reveals nothing); {@link ObjectLevel} sends B valid bodies.
 */
final class AccessMatrix {

    static final List<String> CALLERS = List.of("AN", "A", "B", "P", "AD", "EXP", "ISS", "KEY");

    /**
     * The expected status of each cell, per operation: who may, and what the others get. Every
     * operation of the spec must be here, so a new endpoint cannot ship without its row.
     */
    static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        String all = "AN=200 A=200 B=200 P=200 AD=200";
        String tokenOnly = "AN=401 A=200 B=200 P=200 AD=200";
        // members-service
        EXPECTED.put("TaxonomyResource_all", all);
        EXPECTED.put("CommitteeResource_list", all);
        EXPECTED.put("CommitteeResource_get", all);
        EXPECTED.put("CommitteeResource_create", "AN=401 A=403 B=403 P=403 AD=400");
        EXPECTED.put("CommitteeResource_patch", "AN=401 A=403 B=403 P=403 AD=412");
        EXPECTED.put("CommitteeResource_history", "AN=401 A=403 B=403 P=403 AD=200");
        EXPECTED.put("CommitteeResource_addSeat", "AN=401 A=403 B=403 P=403 AD=400");
        EXPECTED.put("CommitteeResource_removeSeat", "AN=401 A=403 B=403 P=403 AD=412");
        EXPECTED.put("OrganizationResource_list", all);
        EXPECTED.put("OrganizationResource_get", all);
        EXPECTED.put("OrganizationResource_create", "AN=401 A=403 B=403 P=403 AD=400");
        EXPECTED.put("OrganizationResource_importCsv", "AN=401 A=403 B=403 P=403 AD=400");
        EXPECTED.put("OrganizationResource_patch", "AN=401 A=412 B=403 P=403 AD=412");
        EXPECTED.put("OrganizationResource_history", "AN=401 A=200 B=403 P=403 AD=200");
        EXPECTED.put("OrganizationResource_transitions", "AN=401 A=200 B=403 P=403 AD=200");
        EXPECTED.put("OrganizationResource_transition", "AN=401 A=403 B=403 P=403 AD=400");
        EXPECTED.put("ContactResource_list", all);
        EXPECTED.put("ContactResource_get", all);
        EXPECTED.put("ContactResource_create", "AN=401 A=400 B=400 P=403 AD=400");
        EXPECTED.put("ContactResource_patch", "AN=401 A=412 B=403 P=403 AD=412");
        EXPECTED.put("ContactResource_delete", "AN=401 A=412 B=403 P=403 AD=412");
        EXPECTED.put("ContactResource_history", "AN=401 A=200 B=403 P=403 AD=200");
        // events-service
        EXPECTED.put("EventResource_list", all);
        EXPECTED.put("EventResource_get", all);
        EXPECTED.put("EventResource_calendar", all);
        EXPECTED.put("EventResource_create", "AN=401 A=403 B=403 P=403 AD=400");
        EXPECTED.put("EventResource_patch", "AN=401 A=403 B=403 P=403 AD=412");
        EXPECTED.put("EventResource_transition", "AN=401 A=403 B=403 P=403 AD=400");
        EXPECTED.put("EventResource_history", "AN=401 A=403 B=403 P=403 AD=200");
        EXPECTED.put("SessionResource_agenda", all);
        EXPECTED.put("SessionResource_get", all);
        EXPECTED.put("SessionResource_create", "AN=401 A=403 B=403 P=403 AD=400");
        EXPECTED.put("SessionResource_patch", "AN=401 A=403 B=403 P=403 AD=412");
        EXPECTED.put("SessionResource_delete", "AN=401 A=403 B=403 P=403 AD=412");
        EXPECTED.put("ExhibitorResource_list", all);
        EXPECTED.put("ExhibitorResource_create", "AN=401 A=403 B=403 P=403 AD=400");
        EXPECTED.put("ExhibitorResource_patch", "AN=401 A=403 B=403 P=403 AD=412");
        EXPECTED.put("ExhibitorResource_delete", "AN=401 A=403 B=403 P=403 AD=412");
        EXPECTED.put("RegistrationResource_register", "AN=401 A=400 B=400 P=400 AD=400");
        // B's list is its own organisation's registrations: none, so A's attendee is not in it (checked by Privacy)
        EXPECTED.put("RegistrationResource_list", tokenOnly);
        EXPECTED.put("RegistrationResource_get", "AN=401 A=200 B=404 P=200 AD=200");
        EXPECTED.put("RegistrationResource_cancel", "AN=401 A=412 B=404 P=412 AD=412");
        EXPECTED.put("RegistrationResource_checkIn", "AN=401 A=403 B=403 P=412 AD=412");
        // agreements-service: the agreement is PARTIES-only between A and C
        EXPECTED.put("AgreementResource_list", all);
        EXPECTED.put("AgreementResource_get", "AN=404 A=200 B=404 P=404 AD=200");
        EXPECTED.put("AgreementResource_amendments", "AN=404 A=200 B=404 P=404 AD=200");
        EXPECTED.put("AgreementResource_create", "AN=401 A=400 B=400 P=403 AD=400");
        EXPECTED.put("AgreementResource_patch", "AN=401 A=412 B=404 P=403 AD=412");
        EXPECTED.put("AgreementResource_transition", "AN=401 A=400 B=400 P=403 AD=400");
        EXPECTED.put("AgreementResource_amend", "AN=401 A=400 B=400 P=403 AD=400");
        EXPECTED.put("AgreementResource_history", "AN=401 A=200 B=404 P=403 AD=200");
        EXPECTED.put("MilestoneResource_list", "AN=404 A=200 B=404 P=404 AD=200");
        EXPECTED.put("MilestoneResource_get", "AN=404 A=200 B=404 P=404 AD=200");
        EXPECTED.put("MilestoneResource_create", "AN=401 A=400 B=400 P=403 AD=400");
        EXPECTED.put("MilestoneResource_patch", "AN=401 A=412 B=404 P=403 AD=412");
        EXPECTED.put("MilestoneResource_transition", "AN=401 A=400 B=400 P=403 AD=400");
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
        callers.put("KEY", tokens.foreignKey());
        for (Operations.Op op : ops) {
            String row = EXPECTED.get(op.id());
            if (row == null) {
                missingRows.add(op.method() + " " + op.path() + " (" + op.id() + ")");
                continue;
            }
            Map<String, Integer> expected = new LinkedHashMap<>();
            Arrays.stream(row.split(" ")).map(c -> c.split("=")).forEach(c -> expected.put(c[0], Integer.parseInt(c[1])));
            for (String forged : List.of("EXP", "ISS", "KEY")) {
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
                if (op.id().equals("RegistrationResource_checkIn")) {
                    headers.put("If-Match", "\"999999\"");
                } else if (op.id().equals("OrganizationResource_importCsv")) {
                    path += "?dryRun=true";
                }
            }
            default -> {
            }
        }
        if (op.hasBody()) {
            headers.put("Content-Type", op.bodyType().equals("text/csv") ? "text/csv; charset=UTF-8" : op.bodyType() + "; charset=UTF-8");
            body = (op.bodyType().equals("text/csv") ? "" : "{}").getBytes(StandardCharsets.UTF_8);
        }
        return api.call(op.method(), path, token, headers, body);
    }

    long failures() {
        return cells.stream().filter(c -> !c.ok()).count() + missingRows.size();
    }
}
