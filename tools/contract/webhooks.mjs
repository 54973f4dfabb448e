// The webhooks as a partner receives them, checked with the Standard Webhooks specification's own Node
// library (standardwebhooks): a partner subscribes through the gateway (or the validating proxy in front of
// it), an attendee registers, and the delivery that reaches a real HTTP receiver here must verify with the
// subscription's secret and fail with any other; after a rotation, with the old and the new secret.
// Environment: ALLIANCE_GATEWAY (base URL), ALLIANCE_PARTNER_TOKEN, ALLIANCE_ADMIN_TOKEN.
import http from "node:http";
import { randomUUID, randomBytes } from "node:crypto";
import { Webhook } from "standardwebhooks";

const gateway = process.env.ALLIANCE_GATEWAY;
const partner = process.env.ALLIANCE_PARTNER_TOKEN;
const admin = process.env.ALLIANCE_ADMIN_TOKEN;
const failures = [];
const check = (ok, what) => {
  console.log(`webhooks: ${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
};

async function call(method, path, token, body) {
  const res = await fetch(gateway + path, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body ? { "Content-Type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

const received = [];
const server = http.createServer((req, res) => {
  let body = "";
  req.on("data", (c) => (body += c)).on("end", () => {
    received.push({ headers: req.headers, body });
    res.writeHead(204).end();
  });
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const url = `http://127.0.0.1:${server.address().port}/alliance-hub/webhooks`;

async function deliveryFor(registrationId) {
  for (let i = 0; i < 60; i++) {
    const d = received.find((r) => JSON.parse(r.body).data?.registrationId === registrationId);
    if (d) return d;
    await new Promise((r) => setTimeout(r, 500));
  }
  return null;
}

const verifies = (secret, d) => {
  try {
    new Webhook(secret.replace(/^whsec_/, "")).verify(d.body, d.headers);
    return true;
  } catch {
    return false;
  }
};

async function register(eventId) {
  const r = await call("POST", `/api/v1/events/${eventId}/registrations`, admin, {
    attendee: { name: "Webhook Check", email: `webhook-${randomUUID()}@example.org`, language: "en" },
    category: "GUEST",
  });
  check(r.status === 201, `an attendee registers (HTTP ${r.status})`);
  return r.body?.id;
}

try {
  const created = await call("POST", "/api/v1/webhooks", partner, {
    url,
    eventTypes: ["io.alliancehub.events.registration.*"],
    description: "contract check",
  });
  check(created.status === 201 && created.body.secret?.startsWith("whsec_"), `a partner subscribes (HTTP ${created.status})`);
  const id = created.body.subscription.id;
  const secret = created.body.secret;

  const open = await call("GET", "/api/v1/events?status=REGISTRATION_OPEN&size=1", admin);
  const eventId = open.body?.items?.[0]?.id;
  check(Boolean(eventId), "an event with registration open exists (the seed opens one)");

  const first = await deliveryFor(await register(eventId));
  check(first !== null, "the registration's event reaches the receiver");
  if (first) {
    check(verifies(secret, first), "the Standard Webhooks library verifies it with the subscription's secret");
    check(!verifies("whsec_" + randomBytes(32).toString("base64"), first), "and rejects it with another secret");
    check(first.headers["content-type"]?.startsWith("application/cloudevents+json"), "structured CloudEvent");
  }

  const rotated = await call("POST", `/api/v1/webhooks/${id}/secret-rotations`, partner, { overlapHours: 1 });
  check(rotated.status === 200, `the secret is rotated (HTTP ${rotated.status})`);
  const second = await deliveryFor(await register(eventId));
  if (second && rotated.body) {
    check(verifies(rotated.body.secret, second), "after the rotation the new secret verifies");
    check(verifies(secret, second), "and, during the overlap, the old one too");
  } else {
    check(false, "a delivery after the rotation");
  }

  const log = await call("GET", `/api/v1/webhooks/${id}/deliveries`, partner);
  check(log.status === 200 && log.body.items.every((d) => d.status === "DELIVERED"), "the delivery log shows them DELIVERED");
  const current = await call("GET", `/api/v1/webhooks/${id}`, partner);
  const deleted = await fetch(`${gateway}/api/v1/webhooks/${id}`, {
    method: "DELETE",
    headers: { Authorization: `Bearer ${partner}`, "If-Match": `"${current.body.version}"` },
  });
  check(deleted.status === 204, `the subscription is deleted (HTTP ${deleted.status})`);
} catch (e) {
  check(false, `unexpected: ${e.stack || e}`);
} finally {
  server.close();
}
if (failures.length) {
  console.error(`webhooks: ${failures.length} check(s) failed`);
  process.exit(1);
}
console.log("webhooks: every check passed");
