// A front-end's day through the gateway, with the typed SDK, against a suite loaded by
// `./alliance seed` (deploy/local/seed.sh). One line per step; exits 1 at the first mismatch.
//
// Env: ALLIANCE_GATEWAY        the gateway (default http://127.0.0.1:8080)
//      ALLIANCE_MEMBER_TOKEN   a member token (`./alliance token --role member --org <id>`), required
//      ALLIANCE_MEMBER_ORG     the member's organisation id (default: the token's `org` claim)
//      ALLIANCE_ADMIN_TOKEN    an admin token (`./alliance token --role admin`), optional: when set,
//                              the secretariat's view of the new registration is checked too
import { createAllianceClient, etagOf, MERGE_PATCH, ProblemError, unwrap } from "./client.js";

const BOYA_ZH = "博雅控股集团";
const FOUNDING_PUBLIC = "DL-FTA-DMU-2021-001"; // PUBLIC, signed: everyone sees it
const FOUNDING_MEMBERS = "BOYA-WXPH-2019-CELL"; // MEMBERS, signed: member and partner tokens see it

class Mismatch extends Error {}

function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Mismatch(message);
}

function env(name: string): string | undefined {
  const value = process.env[name]?.trim();
  return value ? value : undefined;
}

/** The `org` claim of a JWT (read, not verified: the gateway verifies it). */
function orgClaim(token: string): string | undefined {
  const payload = token.split(".")[1];
  if (!payload) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    if (typeof claims === "object" && claims !== null && "org" in claims && typeof claims.org === "string") return claims.org;
  } catch {
    // not a JWT: no claim
  }
  return undefined;
}

let step = 0;
async function run(title: string, body: () => Promise<string>): Promise<void> {
  step += 1;
  const started = Date.now();
  const outcome = await body();
  console.log(`ok ${step} - ${title}: ${outcome} (${Date.now() - started} ms)`);
}

async function main(): Promise<void> {
  const baseUrl = env("ALLIANCE_GATEWAY") ?? "http://127.0.0.1:8080";
  const memberToken = env("ALLIANCE_MEMBER_TOKEN");
  expect(memberToken, "ALLIANCE_MEMBER_TOKEN is required (./alliance token --role member --org <id>)");
  const adminToken = env("ALLIANCE_ADMIN_TOKEN");
  const claimedOrg = orgClaim(memberToken);
  const memberOrg = env("ALLIANCE_MEMBER_ORG") ?? claimedOrg;
  expect(memberOrg, "no organisation for the member: set ALLIANCE_MEMBER_ORG or use a token with an org claim");
  expect(
    claimedOrg === undefined || claimedOrg === memberOrg,
    `ALLIANCE_MEMBER_ORG ${memberOrg} is not the member token's org claim ${claimedOrg}`,
  );

  const anonymous = createAllianceClient({ baseUrl });
  const member = createAllianceClient({ baseUrl, token: memberToken });
  const admin = adminToken ? createAllianceClient({ baseUrl, token: adminToken }) : undefined;
  const runId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  console.log(`e2e against ${baseUrl}; member of ${memberOrg}; run ${runId}`);

  let annualMeetingId = "";

  // (1) the public directory, searched by pinyin initials, without a token
  await run("anonymous directory search ?q=bykg", async () => {
    const page = await unwrap(anonymous.GET("/api/v1/organizations", { params: { query: { q: "bykg" } } }));
    const items = page.items ?? [];
    const boya = items.find((o) => o.name?.zh === BOYA_ZH);
    expect(boya?.id, `no ${BOYA_ZH} among ${items.length} answer(s): ${items.map((o) => o.name?.zh ?? o.name?.en).join(", ")}`);
    return `${BOYA_ZH} is ${boya.id}${boya.id === memberOrg ? " (the member's own)" : ""}`;
  });

  // (2) the member reads its own organisation and merge-patches its website with If-Match
  await run("member reads and merge-patches its own organisation", async () => {
    const read = await member.GET("/api/v1/organizations/{organizationId}", { params: { path: { organizationId: memberOrg } } });
    const org = await unwrap(read);
    expect(org.id === memberOrg, `asked for ${memberOrg}, got ${org.id}`);
    const etag = etagOf(read.response);
    const website = `https://www.example.org/alliance-e2e/${runId}`;
    const patched = await member.PATCH("/api/v1/organizations/{organizationId}", {
      params: { path: { organizationId: memberOrg }, header: { "If-Match": etag } },
      headers: { "Content-Type": MERGE_PATCH },
      body: { website },
    });
    const changed = await unwrap(patched);
    expect(changed.website === website, `website is ${changed.website}, expected ${website}`);
    const newEtag = etagOf(patched.response);
    expect(newEtag !== etag, `the ETag stayed ${etag} after a change`);
    return `website ${website}, ETag ${etag} -> ${newEtag}`;
  });

  // (3) the public calendar, without a token
  await run("anonymous list of public events", async () => {
    const page = await unwrap(anonymous.GET("/api/v1/events"));
    const items = page.items ?? [];
    expect(items.length > 0, "no public events");
    const hidden = items.filter((e) => e.visibility !== "PUBLIC" || e.status === "DRAFT");
    expect(hidden.length === 0, `anonymous callers see non-public or draft events: ${hidden.map((e) => e.id).join(", ")}`);
    let annual = items.find((e) => e.type === "ANNUAL_MEETING" && e.startsAt?.startsWith("2027"));
    if (!annual) {
      // not on the first page: ask for the type
      const meetings = await unwrap(anonymous.GET("/api/v1/events", { params: { query: { type: "ANNUAL_MEETING" } } }));
      annual = (meetings.items ?? []).find((e) => e.startsAt?.startsWith("2027"));
    }
    expect(annual?.id, "the 2027 annual meeting is not among the public events");
    expect(annual.status === "REGISTRATION_OPEN", `the 2027 annual meeting is ${annual.status}, not REGISTRATION_OPEN`);
    annualMeetingId = annual.id;
    return `${page.totalItems ?? items.length} event(s); the 2027 annual meeting ${annual.id} is REGISTRATION_OPEN`;
  });

  // (4) the member registers one of its people, with an Idempotency-Key; a retry replays the answer
  await run("member registers an attendee for the 2027 annual meeting", async () => {
    const key = `e2e-${runId}`;
    const registration = {
      attendee: { name: `E2E attendee ${runId}`, email: `e2e-${runId}@example.org`, organizationId: memberOrg },
      category: "MEMBER" as const,
    };
    const post = () =>
      member.POST("/api/v1/events/{eventId}/registrations", {
        params: { path: { eventId: annualMeetingId }, header: { "Idempotency-Key": key } },
        body: registration,
      });
    const first = await post();
    const created = await unwrap(first);
    expect(first.response.status === 201, `expected 201, got ${first.response.status}`);
    expect(created.id, "the registration has no id");
    expect(created.status === "CONFIRMED" || created.status === "WAITLISTED", `status ${created.status}`);
    expect(created.attendee?.organizationId === memberOrg, `attendee organisation ${created.attendee?.organizationId}`);
    const retry = await post();
    const replayed = await unwrap(retry);
    expect(replayed.id === created.id, `the retry created ${replayed.id}, not the first answer ${created.id}`);
    expect(
      retry.response.headers.get("Idempotent-Replayed") === "true",
      `the retry has Idempotent-Replayed: ${retry.response.headers.get("Idempotent-Replayed")}`,
    );
    let seen = "";
    if (admin) {
      const view = await unwrap(
        admin.GET("/api/v1/events/{eventId}/registrations/{registrationId}", {
          params: { path: { eventId: annualMeetingId, registrationId: created.id } },
        }),
      );
      expect(view.status === created.status, `the secretariat sees ${view.status}, the member ${created.status}`);
      seen = "; the secretariat sees it";
    }
    return `${created.status} ${created.id}, retry replayed${seen}`;
  });

  // (5) the agreements a member may see: the public and the members-only founding agreements
  await run("member lists the agreements it may see", async () => {
    const page = await unwrap(member.GET("/api/v1/agreements", { params: { query: { size: 200 } } }));
    const refs = (page.items ?? []).map((a) => a.referenceNumber);
    expect(refs.includes(FOUNDING_PUBLIC), `${FOUNDING_PUBLIC} missing from ${refs.join(", ")}`);
    expect(refs.includes(FOUNDING_MEMBERS), `${FOUNDING_MEMBERS} (MEMBERS) missing from ${refs.join(", ")}`);
    const open = await unwrap(anonymous.GET("/api/v1/agreements", { params: { query: { size: 200 } } }));
    const openRefs = (open.items ?? []).map((a) => a.referenceNumber);
    expect(!openRefs.includes(FOUNDING_MEMBERS), `anonymous callers see the members-only ${FOUNDING_MEMBERS}`);
    return `${refs.length} agreement(s) incl. ${FOUNDING_PUBLIC} and ${FOUNDING_MEMBERS}; anonymous callers see ${openRefs.length}`;
  });

  console.log(`e2e: all ${step} steps passed`);
}

main().catch((error: unknown) => {
  const what =
    error instanceof ProblemError
      ? `${error.message}${error.requestId ? ` [X-Request-Id ${error.requestId}]` : ""}${
          error.body && typeof error.body === "object" && "validation" in error.body
            ? ` validation: ${JSON.stringify(error.body.validation)}`
            : ""
        }`
      : error instanceof Error
        ? error.message
        : String(error);
  // run() counts a step before it starts: `step` is the one that failed (0: before the first)
  console.log(`not ok ${step} - ${what}`);
  console.error(`e2e: FAILED at step ${step}`);
  process.exit(1);
});
