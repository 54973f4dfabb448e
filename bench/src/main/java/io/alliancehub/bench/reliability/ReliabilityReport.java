package io.alliancehub.bench.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** bench/RELIABILITY.md (for people) and bench/reliability.json (for tools). */
final class ReliabilityReport {

    private final boolean smoke;
    private final Map<String, Object> json = new LinkedHashMap<>();
    private final List<String[]> summary = new ArrayList<>();
    private final StringBuilder sections = new StringBuilder();
    private long failures;

    ReliabilityReport(boolean smoke) {
        this.smoke = smoke;
    }

    private void summary(String what, String figures, long failed) {
        failures += failed;
        summary.add(new String[] {what, figures, failed == 0 ? "pass" : "**" + failed + " failed**"});
    }

    String lastLine() {
        String[] s = summary.get(summary.size() - 1);
        return s[0] + ": " + s[1] + " — " + s[2];
    }

    long failures() {
        return failures;
    }

    void fault(Faults.Outcome o) {
        String name = "fault: " + o.fault().name();
        if (o.skipped() != null) {
            summary(name, "not injected: " + o.skipped(), 1);
            json.put(name, Map.of("skipped", o.skipped(), "failures", o.failures()));
            return;
        }
        Map<String, Object> f = new LinkedHashMap<>(o.figures());
        f.put("failures", o.failures());
        json.put(name, f);
        if (sections.indexOf("\n## Faults") < 0) {
            sections.append(
                    "\n## Faults\n\nA fault is injected a quarter of the way into a fixed-rate load and undone at half-way; it "
                            + "counts only when the injection and the undo exit 0, the fault is seen in effect and load was "
                            + "sent while it was. Then the ledger of accepted writes is reconciled with the databases: stored, "
                            + "published, applied once by each consumer (its apply log, where a second application would be "
                            + "a second row). `answers` counts every answer by kind; anything but 2xx or 503 problem+json fails.\n");
        }
        // the webhooks fault reconciles deliveries, not a ledger of writes: its own figures, as they are
        String line = !f.containsKey("writesAccepted")
                ? f.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue())
                        .collect(java.util.stream.Collectors.joining(", "))
                : f.get("writesAccepted") + " writes accepted (" + f.get("writesDuringFault")
                        + " sent during the fault), "
                        + f.get("lost") + " lost; applied by events " + f.get("eventsConsumed") + ", agreements "
                        + f.get("agreementsConsumed") + "; applied twice " + f.get("eventsAppliedTwice") + "/"
                        + f.get("agreementsAppliedTwice") + "; recovered in "
                        + String.format("%.1f", (double) f.get("recoverySeconds")) + " s";
        summary(name, line, o.failures().size());
        sections.append("\n### Fault: ")
                .append(o.fault().name())
                .append("\n\nInjected with ")
                .append(o.fault().injectedWith())
                .append(", undone with `")
                .append(o.fault().undoneWith())
                .append("`; in effect when ")
                .append(o.fault().provenBy())
                .append("; writes ")
                .append(o.fault().writesThroughGateway() ? "through the gateway" : "to members-service directly")
                .append(".\n\n")
                .append(o.ok() ? "Verdict: pass.\n" : "Verdict: **fail** — " + String.join("; ", o.failures()) + ".\n")
                .append("\n| figure | value |\n|---|---|\n");
        o.figures()
                .forEach((k, v) ->
                        sections.append("| ").append(k).append(" | ").append(v).append(" |\n"));
    }

    void hostile(HostileInput h, List<String> changedTables) {
        long failed = h.findings.size() + changedTables.size();
        json.put(
                "hostile",
                Map.of(
                        "requests",
                        h.total(),
                        "byKind",
                        h.sentByKind,
                        "byStatus",
                        h.statuses,
                        "byOperation",
                        h.sentByOperation,
                        "findings",
                        h.findings,
                        "tablesChanged",
                        changedTables));
        summary(
                "hostile input",
                h.total() + " requests over " + h.sentByOperation.size() + " operations; " + h.findings.size()
                        + " answered ≥ 500, 4xx without problem+json or accepted a write; " + changedTables.size()
                        + " tables written",
                failed);
        sections.append("\n## Hostile input\n\n")
                .append(h.total())
                .append(" requests, as an admin, against the gateway's merged spec.\n\n")
                .append("| kind | requests |\n|---|---|\n");
        h.sentByKind.forEach((k, v) ->
                sections.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        sections.append("\n| status | answers |\n|---|---|\n");
        h.statuses.forEach((k, v) -> sections.append("| ")
                .append(k == -1 ? "connection closed" : k)
                .append(" | ")
                .append(v)
                .append(" |\n"));
        sections.append("\n| operation | requests |\n|---|---|\n");
        h.sentByOperation.forEach((k, v) ->
                sections.append("| `").append(k).append("` | ").append(v).append(" |\n"));
        sections.append("\nFindings (≥ 500, a 4xx that is not problem+json, or a write accepted): ")
                .append(h.findings.isEmpty() ? "none" : "")
                .append('\n');
        h.findings.forEach(x -> sections.append("- `")
                .append(x.operation())
                .append("` ")
                .append(x.kind())
                .append(" `")
                .append(x.value())
                .append("` → ")
                .append(x.status())
                .append(' ')
                .append(x.contentType())
                .append(": ")
                .append(x.body())
                .append('\n'));
        sections.append("\nTables written during the run (row count / newest row version before → after): ")
                .append(changedTables.isEmpty() ? "none" : String.join("; ", changedTables))
                .append('\n');
    }

    void matrix(AccessMatrix m, ObjectLevel o) {
        long bad = m.cells.stream().filter(c -> !c.ok()).count();
        json.put("authorisation", Map.of("cells", m.cells, "missingRows", m.missingRows, "objectLevel", o.outcomes));
        summary(
                "authorisation matrix",
                m.cells.size() + " cells ("
                        + m.cells.stream()
                                .map(AccessMatrix.Cell::operation)
                                .distinct()
                                .count()
                        + " operations × " + AccessMatrix.CALLERS.size() + " callers); " + bad + " not as expected; "
                        + m.missingRows.size()
                        + " operations without a row",
                bad + m.missingRows.size());
        summary(
                "object level and mass assignment",
                o.outcomes.size() + " cases; " + o.failures() + " not refused or changed something",
                o.failures());
        sections.append(
                "\n## Authorisation matrix\n\nAN anonymous, A member of organisation A (owns the fixtures), B member of B, "
                        + "P partner, AD admin, EXP expired token, ISS another issuer, KEY unknown signing key. Each cell is the status "
                        + "received; **bold** where it differs from the expected one (in brackets) or a 4xx is not problem+json.\n\n| operation |");
        AccessMatrix.CALLERS.forEach(c -> sections.append(' ').append(c).append(" |"));
        sections.append("\n|---|")
                .append("---|".repeat(AccessMatrix.CALLERS.size()))
                .append('\n');
        Map<String, List<AccessMatrix.Cell>> rows = new TreeMap<>();
        m.cells.forEach(
                c -> rows.computeIfAbsent(c.operation(), k -> new ArrayList<>()).add(c));
        rows.forEach((op, cells) -> {
            sections.append("| ").append(op).append(" |");
            cells.forEach(c -> sections.append(' ')
                    .append(c.ok() ? String.valueOf(c.actual()) : "**" + c.actual() + "** (" + c.expected() + ")")
                    .append(" |"));
            sections.append('\n');
        });
        m.missingRows.forEach(r -> sections.append("\nNo expected row for ").append(r));
        sections.append(
                "\n### Object level and mass assignment\n\nEach request passes the role gate with a current If-Match; the watched "
                        + "resource must keep its ETag.\n\n| case | caller | request | expected | got | unchanged | answer |\n|---|---|---|---|---|---|---|\n");
        o.outcomes.forEach(x -> sections.append("| ")
                .append(x.c().name())
                .append(" | ")
                .append(x.c().caller())
                .append(" | `")
                .append(x.c().method())
                .append(' ')
                .append(x.c().path().replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}"))
                .append("` | ")
                .append(x.c().expected())
                .append(" | ")
                .append(x.ok() ? x.status() : "**" + x.status() + (x.problemJson() ? "" : " not problem+json") + "**")
                .append(" | ")
                .append(x.unchanged() ? "yes" : "**no**")
                .append(" | ")
                .append(x.answer() == null ? "" : x.answer().replace("|", "\\|").replace("\n", " "))
                .append(" |\n"));
    }

    void privacy(Privacy p) {
        json.put(
                "privacy",
                Map.of("checks", p.checks, "kafkaRecordsScanned", p.kafkaRecordsScanned, "kafkaLeaks", p.kafkaLeaks));
        summary(
                "personal data",
                p.checks.size() + " views checked, "
                        + p.checks.stream().filter(c -> !c.ok()).count() + " wrong; " + p.kafkaRecordsScanned
                        + " Kafka records scanned, " + p.kafkaLeaks.size() + " carrying personal data",
                p.failures());
        sections.append(
                "\n## Personal data\n\nA contact of A with e-mail and phone, and an attendee of A with an e-mail. "
                        + "\"may see\": the caller must see them (status 200); otherwise they must not appear in the answer, whatever its status.\n\n"
                        + "| view | caller | may see | status | seen |\n|---|---|---|---|---|\n");
        p.checks.forEach(c -> sections.append("| ")
                .append(c.what())
                .append(" | ")
                .append(c.caller())
                .append(" | ")
                .append(c.maySee() ? "yes" : "no")
                .append(" | ")
                .append(c.status())
                .append(" | ")
                .append(c.ok() ? (c.sees() ? "yes" : "no") : "**" + (c.sees() ? "yes" : "no") + "**")
                .append(" |\n"));
        sections.append("\nKafka: ")
                .append(p.kafkaRecordsScanned)
                .append(" records on every topic read from the beginning; ")
                .append(
                        p.kafkaLeaks.isEmpty()
                                ? "none carries the e-mail addresses or the phone number."
                                : "**" + p.kafkaLeaks + "**")
                .append('\n');
    }

    void limits(Limits l) {
        json.put("limits", Map.of("checks", l.checks, "slowClients", l.slowClients));
        summary("limits", l.checks.size() + " limits checked, " + l.failures() + " not held", l.failures());
        sections.append("\n## Limits\n\n| limit | expected | got | detail |\n|---|---|---|---|\n");
        l.checks.forEach(c -> sections.append("| ")
                .append(c.what())
                .append(" | ")
                .append(c.expected())
                .append(" | ")
                .append(
                        c.ok()
                                ? String.valueOf(c.status())
                                : "**" + c.status() + (c.problemJson() ? "" : " not problem+json") + "**")
                .append(" | ")
                .append(c.detail() == null ? "" : c.detail().replace("|", "\\|").replace("\n", " "))
                .append(" |\n"));
    }

    void write(Path dir, String when) throws Exception {
        Files.createDirectories(dir);
        json.put("when", when);
        json.put("smoke", smoke);
        json.put("failures", failures);
        new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(dir.resolve("reliability.json").toFile(), json);
        StringBuilder md = new StringBuilder(
                        "# Alliance Hub reliability and security report\n\nGenerated by `./alliance chaos` on ")
                .append(when)
                .append(smoke ? " — **short run (the test command's)**" : "")
                .append(
                        ". Everything ran against the local suite on 127.0.0.1: real PostgreSQL, a real Kafka broker, the services and "
                                + "the gateway as `./alliance up` starts them.\n\n| check | figures | result |\n|---|---|---|\n");
        summary.forEach(s -> md.append("| ")
                .append(s[0])
                .append(" | ")
                .append(s[1])
                .append(" | ")
                .append(s[2])
                .append(" |\n"));
        md.append(sections);
        // only what this run measured: findings written by hand live in bench/findings/, dated, apart from it
        md.append(
                "\nFindings and explanations written by hand, each dated with the run it rests on: `bench/findings/`.\n");
        Files.writeString(dir.resolve("RELIABILITY.md"), md.toString());
    }
}
