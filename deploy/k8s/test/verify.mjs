// Renders every overlay of deploy/k8s with `kubectl kustomize` and checks what operators rely on:
// probes, resources, non-root, images/ports/environment as the applications are configured, the
// topics as platform/contracts names them, secrets only by reference, the NetworkPolicies (each
// application reachable from its callers, no service open to all, egress where it is restricted),
// and every document against its schema. Exits non-zero with a list of findings. Run by ./alliance test (after Maven).
//
// Schema sources (all from the npm registry): Kubernetes core and apps kinds: kubernetes-models;
// HTTPRoute: @kubernetes-models/gateway-api; CloudNativePG Cluster/Database:
// @kubernetes-models/cloudnative-pg. No schema of the Strimzi CRDs resolves from the reachable
// registries: Kafka, KafkaNodePool and KafkaTopic are checked here field by field instead.
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";

const K8S = join(dirname(fileURLToPath(import.meta.url)), "..");
const ROOT = join(K8S, "..", "..");
const findings = [];
const fail = (where, what) => findings.push(`${where}: ${what}`);

const SCHEMAS = {
  "v1": "kubernetes-models/v1",
  "apps/v1": "kubernetes-models/apps/v1",
  "networking.k8s.io/v1": "kubernetes-models/networking.k8s.io/v1",
  "autoscaling/v2": "kubernetes-models/autoscaling/v2",
  "policy/v1": "kubernetes-models/policy/v1",
  "gateway.networking.k8s.io/v1": "@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1",
  "postgresql.cnpg.io/v1": "@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1",
};

// --- what the applications say about themselves -------------------------------------------------
const APPS = { "members-service": "members-service", "events-service": "events-service", "agreements-service": "agreements-service", "notifications-service": "notifications-service", gateway: "gateway" };
// the services that own a database (role and database alliance_<name>)
const DATABASES = ["members", "events", "agreements", "notifications"];
// settings an application must have beyond what every service needs
const NEEDED = {
  gateway: ["ALLIANCE_MEMBERS_URL", "ALLIANCE_EVENTS_URL", "ALLIANCE_AGREEMENTS_URL", "ALLIANCE_NOTIFICATIONS_URL", "ALLIANCE_JWT_PUBLIC_KEY"],
  "notifications-service": ["ALLIANCE_EVENTS_URL", "ALLIANCE_MEMBERS_URL", "ALLIANCE_JWT_PRIVATE_KEY", "ALLIANCE_SMTP_HOST", "ALLIANCE_SMTP_PORT", "ALLIANCE_MAIL_FROM"],
};
const SERVICE_NEEDS = ["ALLIANCE_DB_HOST", "ALLIANCE_DB_PASSWORD", "ALLIANCE_KAFKA_BOOTSTRAP", "ALLIANCE_JWT_PUBLIC_KEY"];
// settings whose value is fixed in every overlay (webhook targets on loopback or private addresses are never allowed)
const FIXED = { "notifications-service": { ALLIANCE_WEBHOOKS_ALLOW_LOOPBACK: "false", ALLIANCE_WEBHOOKS_ALLOW_PRIVATE: "false" } };
// applications that send traffic out of the cluster: their egress must be restricted by a NetworkPolicy
const EGRESS_RESTRICTED = ["notifications-service"];
// an egress rule to public addresses must leave out these (the cluster's pods, services and nodes, link-local metadata endpoints)
const PRIVATE_RANGES = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16", "100.64.0.0/10"];
// names that look like secrets: set from a Secret (env secretKeyRef), or, for a key file, a path into a volume mounted from a Secret
const SECRET_NAME = /PASSWORD|SECRET|TOKEN|PRIVATE/;
// ...except switches about private network ranges, which hold nothing secret
const NOT_SECRET = /_ALLOW_PRIVATE$/;
const secretName = (key) => SECRET_NAME.test(key) && !NOT_SECRET.test(key);
// pods the operators create, by the labels they give them (for the NetworkPolicy checks)
const PG_POD = { "cnpg.io/cluster": "alliance-pg" };
const KAFKA_POD = { "strimzi.io/cluster": "alliance-kafka", "strimzi.io/kind": "Kafka", "strimzi.io/name": "alliance-kafka-kafka" };
// the services also read what every service shares (service-kit's META-INF/microprofile-config.properties)
const SHARED_CONFIG = readFileSync(join(ROOT, "platform/service-kit/src/main/resources/META-INF/microprofile-config.properties"), "utf8");
function appConfig(module) {
  const own = readFileSync(join(ROOT, module, "src/main/resources/application.properties"), "utf8");
  const text = module === "gateway" ? own : own + "\n" + SHARED_CONFIG;
  const port = Number(/^quarkus\.http\.port=\$\{[A-Z_]+:(\d+)\}/m.exec(text)?.[1]);
  const vars = new Set([...text.matchAll(/\$\{([A-Z][A-Z0-9_]*)[:}]/g)].map((m) => m[1]));
  return { port, vars };
}
const version = /<version>([0-9.]+)(-SNAPSHOT)?<\/version>/.exec(readFileSync(join(ROOT, "pom.xml"), "utf8").split("<parent>")[0].split("</parent>").pop())?.[1];
const topicsJava = readFileSync(join(ROOT, "platform/contracts/src/main/java/io/alliancehub/contracts/events/Topics.java"), "utf8");
const TOPICS = [...topicsJava.matchAll(/public static final String (?!DEAD)[A-Z_]+ = "([^"]+)"/g)].map((m) => m[1]);
const DLT = /DEAD_LETTER_SUFFIX = "([^"]+)"/.exec(topicsJava)[1];
const EXPECTED_TOPICS = TOPICS.flatMap((t) => [t, t + DLT]).sort();
// variables the platform itself reads (not in application.properties)
const PLATFORM_VARS = new Set(["QUARKUS_PROFILE", "JAVA_OPTS_APPEND", "MALLOC_ARENA_MAX"]);
const readme = readFileSync(join(K8S, "README.md"), "utf8");

for (const overlay of readdirSync(join(K8S, "overlays"))) {
  const where = `overlays/${overlay}`;
  let rendered;
  try {
    rendered = execFileSync("kubectl", ["kustomize", join(K8S, "overlays", overlay)], { encoding: "utf8" });
  } catch (e) {
    fail(where, `kubectl kustomize failed: ${e.message}`);
    continue;
  }
  const docs = parseAllDocuments(rendered).map((d) => d.toJS()).filter(Boolean);
  const byKind = (kind) => docs.filter((d) => d.kind === kind);
  const configMaps = Object.fromEntries(byKind("ConfigMap").map((c) => [c.metadata.name, c.data ?? {}]));
  const referencedSecrets = new Set();
  const policies = byKind("NetworkPolicy");
  const appEnv = {}; // name -> the environment its container gets

  // every document against its schema
  for (const doc of docs) {
    const at = `${where} ${doc.kind}/${doc.metadata?.name}`;
    const module = SCHEMAS[doc.apiVersion];
    if (module) {
      const models = await import(module);
      const Model = models[doc.kind];
      if (!Model) fail(at, `no schema for kind ${doc.kind} in ${module}`);
      else {
        try { new Model(doc).validate(); } catch (e) { fail(at, `schema: ${e.message}`); }
      }
    } else if (doc.apiVersion === "kafka.strimzi.io/v1beta2") {
      checkStrimzi(at, doc);
    } else {
      fail(at, `no schema source for ${doc.apiVersion}`);
    }
    if (doc.kind === "Secret") fail(at, "a Secret is inlined: secrets are created by the operator, only referenced here");
  }

  // applications
  for (const [name, module] of Object.entries(APPS)) {
    const at = `${where} Deployment/${name}`;
    const d = byKind("Deployment").find((x) => x.metadata.name === name);
    if (!d) { fail(at, "missing"); continue; }
    const { port, vars } = appConfig(module);
    const pod = d.spec.template.spec;
    const c = pod.containers[0];
    if (!new RegExp(`^alliancehub/${name}:${version}$`).test(c.image)) fail(at, `image ${c.image}, expected alliancehub/${name}:${version}`);
    const http = (c.ports ?? []).find((p) => p.name === "http");
    if (!http || http.containerPort !== port) fail(at, `container port ${http?.containerPort}, the application listens on ${port}`);
    for (const [probe, path] of [["startupProbe", "/q/health/started"], ["livenessProbe", "/q/health/live"], ["readinessProbe", "/q/health/ready"]]) {
      const g = c[probe]?.httpGet;
      if (!g || g.path !== path || (g.port !== "http" && g.port !== port)) fail(at, `${probe} must GET ${path} on the http port`);
    }
    for (const k of ["requests", "limits"]) {
      if (!c.resources?.[k]?.memory || (k === "requests" && !c.resources?.[k]?.cpu)) fail(at, `resources.${k} incomplete`);
    }
    if (pod.securityContext?.runAsNonRoot !== true) fail(at, "does not run as non-root");
    if (c.securityContext?.readOnlyRootFilesystem !== true) fail(at, "root filesystem is writable");
    if (c.securityContext?.allowPrivilegeEscalation !== false) fail(at, "privilege escalation allowed");
    if (!pod.terminationGracePeriodSeconds || pod.terminationGracePeriodSeconds < 25) fail(at, "no time for a graceful shutdown");
    const ann = d.spec.template.metadata.annotations ?? {};
    if (ann["prometheus.io/scrape"] !== "true" || ann["prometheus.io/path"] !== "/q/metrics" || Number(ann["prometheus.io/port"]) !== port)
      fail(at, "Prometheus scrape annotations missing or wrong");
    // environment: every variable set is one the application reads; secrets only by reference
    const env = {};
    for (const ref of c.envFrom ?? []) {
      if (ref.configMapRef) {
        if (!configMaps[ref.configMapRef.name]) fail(at, `ConfigMap ${ref.configMapRef.name} not in the overlay`);
        Object.assign(env, configMaps[ref.configMapRef.name] ?? {});
      }
      if (ref.secretRef) referencedSecrets.add(ref.secretRef.name);
    }
    const fromSecretFile = (value) => {
      // a key file's location: a file in a volume mounted from a Secret (and one of its items, if it lists them)
      if (typeof value !== "string") return false;
      return (c.volumeMounts ?? []).some((m) => {
        const v = (pod.volumes ?? []).find((x) => x.name === m.name);
        const dir = m.mountPath.replace(/\/$/, "") + "/";
        if (!v?.secret || !value.startsWith(dir)) return false;
        const file = value.slice(dir.length);
        return !v.secret.items || v.secret.items.some((i) => i.path === file);
      });
    };
    for (const e of c.env ?? []) {
      if (e.valueFrom?.secretKeyRef) referencedSecrets.add(e.valueFrom.secretKeyRef.name);
      else if (secretName(e.name) && !fromSecretFile(e.value)) fail(at, `${e.name} has an inline value: use a Secret reference`);
      env[e.name] = e.value ?? "(from a reference)";
    }
    for (const key of Object.keys(env)) {
      if (!vars.has(key) && !PLATFORM_VARS.has(key)) fail(at, `sets ${key}, which ${module}'s configuration does not read`);
      if (secretName(key) && !(c.env ?? []).some((e) => e.name === key && e.valueFrom?.secretKeyRef) && !fromSecretFile(env[key]))
        fail(at, `${key} must come from a Secret (a reference, or a file in a volume mounted from a Secret)`);
    }
    for (const needed of [...(name === "gateway" ? [] : SERVICE_NEEDS), ...(NEEDED[name] ?? [])]) {
      if (!(needed in env)) fail(at, `${needed} is not set`);
    }
    for (const [key, value] of Object.entries(FIXED[name] ?? {})) {
      if (env[key] !== value) fail(at, `${key} is ${JSON.stringify(env[key])}, must be "${value}"`);
    }
    appEnv[name] = env;
    for (const v of pod.volumes ?? []) if (v.secret) referencedSecrets.add(v.secret.secretName);
    const svc = byKind("Service").find((s) => s.metadata.name === name);
    if (!svc || svc.spec.ports[0].port !== port) fail(`${where} Service/${name}`, `missing or not on port ${port}`);
  }
  if (overlay === "prod") {
    for (const name of Object.keys(APPS)) {
      if (!byKind("HorizontalPodAutoscaler").some((h) => h.spec.scaleTargetRef.name === name)) fail(`${where} ${name}`, "no HPA");
      if (!byKind("PodDisruptionBudget").some((p) => p.spec.selector.matchLabels?.["app.kubernetes.io/name"] === name)) fail(`${where} ${name}`, "no PDB");
    }
  }

  // Kafka topics as platform/contracts names them; replication as the overlay promises
  const topics = byKind("KafkaTopic");
  const names = topics.map((t) => t.spec.topicName).sort();
  if (JSON.stringify(names) !== JSON.stringify(EXPECTED_TOPICS)) fail(where, `KafkaTopics ${names} differ from platform/contracts ${EXPECTED_TOPICS}`);
  const [replicas, minIsr] = overlay === "prod" ? [3, 2] : [1, 1];
  for (const t of topics) {
    if (t.spec.replicas !== replicas || Number(t.spec.config?.["min.insync.replicas"]) !== minIsr)
      fail(`${where} KafkaTopic/${t.metadata.name}`, `replicas ${t.spec.replicas}, min.insync.replicas ${t.spec.config?.["min.insync.replicas"]}; expected ${replicas}/${minIsr}`);
  }

  // the database side: one role and one database per service, passwords by reference
  const cluster = byKind("Cluster")[0];
  for (const r of cluster?.spec?.managed?.roles ?? []) referencedSecrets.add(r.passwordSecret?.name);
  if (cluster?.spec?.bootstrap?.initdb?.secret) referencedSecrets.add(cluster.spec.bootstrap.initdb.secret.name);
  for (const s of DATABASES) {
    if (!(cluster?.spec?.managed?.roles ?? []).some((r) => r.name === `alliance_${s}`)) fail(where, `no role alliance_${s}`);
    const hasDb = cluster?.spec?.bootstrap?.initdb?.database === `alliance_${s}` || byKind("Database").some((d) => d.spec.name === `alliance_${s}` && d.spec.owner === `alliance_${s}`);
    if (!hasDb) fail(where, `no database alliance_${s} owned by alliance_${s}`);
  }
  checkNetworkPolicies(where, docs, policies, appEnv);

  // every referenced Secret is documented for the operator who creates it
  for (const s of referencedSecrets) {
    if (!s) continue;
    if (!readme.includes(s)) fail(where, `Secret ${s} is referenced but deploy/k8s/README.md does not say how to create it`);
  }
  console.log(`${where}: ${docs.length} documents rendered and checked, ${referencedSecrets.size} secrets referenced`);
}

// --- NetworkPolicies -----------------------------------------------------------------------------
function selects(selector, labels) {
  if (!selector) return false;
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) if (labels[k] !== v) return false;
  for (const e of selector.matchExpressions ?? []) {
    const has = e.key in labels;
    if (e.operator === "In" && !(has && e.values.includes(labels[e.key]))) return false;
    if (e.operator === "NotIn" && has && e.values.includes(labels[e.key])) return false;
    if (e.operator === "Exists" && !has) return false;
    if (e.operator === "DoesNotExist" && has) return false;
  }
  return true;
}
// a rule's ports admit this port (no ports: all of them); a named port only as the applications name theirs
function portAllowed(ports, port, name = "http", protocol = "TCP") {
  return !ports?.length || ports.some((p) => (p.protocol ?? "TCP") === protocol && (p.port === undefined || p.port === port || p.port === name));
}
// a peer is a pod of this namespace with these labels
function peerIsPod(peer, labels) {
  return !peer.namespaceSelector && !peer.ipBlock && selects(peer.podSelector, labels);
}
function typesOf(policy) {
  return policy.spec.policyTypes ?? (policy.spec.egress ? ["Ingress", "Egress"] : ["Ingress"]);
}

// may a pod with labels `from` open a connection to a pod with labels `to` on `port`?
function ingressAllows(policies, from, to, port) {
  const applying = policies.filter((p) => typesOf(p).includes("Ingress") && selects(p.spec.podSelector, to));
  if (!applying.length) return true;
  return applying.some((p) => (p.spec.ingress ?? []).some((r) => portAllowed(r.ports, port) && (!r.from?.length || r.from.some((peer) => peerIsPod(peer, from)))));
}
function egressAllows(policies, from, to, port, protocol = "TCP") {
  const applying = policies.filter((p) => typesOf(p).includes("Egress") && selects(p.spec.podSelector, from));
  if (!applying.length) return true;
  return applying.some((p) => (p.spec.egress ?? []).some((r) => portAllowed(r.ports, port, "http", protocol) && (!r.to?.length || (to && r.to.some((peer) => peerIsPod(peer, to))))));
}

function checkNetworkPolicies(where, docs, policies, appEnv) {
  const deployments = docs.filter((d) => d.kind === "Deployment");
  const services = docs.filter((d) => d.kind === "Service");
  const labelsOf = (name) => deployments.find((d) => d.metadata.name === name)?.spec.template.metadata.labels ?? {};
  if (!policies.some((p) => selects(p.spec.podSelector, {}) && typesOf(p).includes("Ingress") && !p.spec.ingress?.length))
    fail(where, "no default-deny ingress NetworkPolicy");
  const kafka = docs.find((d) => d.kind === "Kafka");
  const plain = kafka?.spec?.kafka?.listeners?.find((l) => l.port === 9092);

  for (const name of Object.keys(APPS)) {
    const at = `${where} NetworkPolicy for ${name}`;
    const labels = labelsOf(name);
    const port = deployments.find((d) => d.metadata.name === name)?.spec.template.spec.containers[0].ports?.find((p) => p.name === "http")?.containerPort;
    // its own ingress: some policy other than the default deny lets something in on its port
    if (!policies.some((p) => typesOf(p).includes("Ingress") && selects(p.spec.podSelector, labels) && (p.spec.ingress ?? []).some((r) => portAllowed(r.ports, port))))
      fail(at, `no NetworkPolicy admits traffic to port ${port}`);
    if (name !== "gateway" && policies.some((p) => selects(p.spec.podSelector, labels) && (p.spec.ingress ?? []).some((r) => !r.from?.length)))
      fail(at, "a service accepts traffic from anywhere; only the gateway may");
    // the services it calls (ALLIANCE_*_URL = http://<service>:<port>): allowed both ways
    for (const [key, value] of Object.entries(appEnv[name] ?? {})) {
      const m = /^ALLIANCE_[A-Z_]+_URL$/.test(key) && /^https?:\/\/([a-z0-9-]+):(\d+)\/?$/.exec(value);
      if (!m) continue;
      const [, host, p] = m;
      const svc = services.find((s) => s.metadata.name === host);
      if (!svc || !svc.spec.ports.some((sp) => sp.port === Number(p))) { fail(at, `${key}=${value}: no Service ${host} on port ${p}`); continue; }
      const target = svc.spec.selector ?? {};
      if (!ingressAllows(policies, labels, target, Number(p))) fail(at, `${key}: ${host} does not accept ${name} on ${p}`);
      if (!egressAllows(policies, labels, target, Number(p))) fail(at, `${key}: ${name} may not connect to ${host}:${p}`);
    }
    if (name === "gateway") continue;
    // PostgreSQL and the brokers
    if (!ingressAllows(policies, labels, PG_POD, 5432)) fail(at, "PostgreSQL does not accept it on 5432");
    if (!egressAllows(policies, labels, PG_POD, 5432)) fail(at, "may not connect to PostgreSQL on 5432");
    if (!plain || (plain.networkPolicyPeers?.length && !plain.networkPolicyPeers.some((peer) => peerIsPod(peer, labels))))
      fail(at, "the Kafka listener on 9092 does not admit it (networkPolicyPeers)");
    if (!egressAllows(policies, labels, KAFKA_POD, 9092)) fail(at, "may not connect to the brokers on 9092");
    if (!egressAllows(policies, labels, null, 53, "UDP") || !egressAllows(policies, labels, null, 53, "TCP")) fail(at, "may not reach DNS on port 53");
  }
  for (const name of EGRESS_RESTRICTED) {
    if (!policies.some((p) => typesOf(p).includes("Egress") && selects(p.spec.podSelector, labelsOf(name))))
      fail(`${where} NetworkPolicy for ${name}`, "it sends traffic out of the cluster but no NetworkPolicy restricts its egress");
  }
  // egress to addresses: never the private ranges
  for (const p of policies) {
    for (const r of p.spec.egress ?? []) {
      for (const peer of r.to ?? []) {
        if (!peer.ipBlock) continue;
        const missing = PRIVATE_RANGES.filter((range) => !(peer.ipBlock.except ?? []).includes(range));
        if (peer.ipBlock.cidr === "0.0.0.0/0" && missing.length) fail(`${where} NetworkPolicy/${p.metadata.name}`, `egress to ${peer.ipBlock.cidr} must except ${missing.join(", ")}`);
      }
      if (!r.to?.length && !(r.ports ?? []).every((pt) => pt.port === 53))
        fail(`${where} NetworkPolicy/${p.metadata.name}`, "an egress rule without destinations may open only DNS (port 53)");
    }
  }
}

function checkStrimzi(at, doc) {
  const need = (cond, what) => { if (!cond) fail(at, what); };
  need(doc.metadata?.name, "metadata.name required");
  if (doc.kind === "Kafka") {
    need(Array.isArray(doc.spec?.kafka?.listeners) && doc.spec.kafka.listeners.every((l) => l.name && Number.isInteger(l.port) && l.type && typeof l.tls === "boolean"),
      "spec.kafka.listeners[] need name, port, type and tls");
    need(doc.metadata.annotations?.["strimzi.io/kraft"] === "enabled" && doc.metadata.annotations?.["strimzi.io/node-pools"] === "enabled", "KRaft with node pools must be enabled");
    need(!doc.spec.zookeeper, "no ZooKeeper in KRaft mode");
  } else if (doc.kind === "KafkaNodePool") {
    need(Number.isInteger(doc.spec?.replicas) && doc.spec.replicas > 0, "spec.replicas must be a positive integer");
    need(Array.isArray(doc.spec?.roles) && doc.spec.roles.every((r) => ["controller", "broker"].includes(r)), "spec.roles: controller and/or broker");
    need(doc.spec?.storage?.type, "spec.storage.type required");
    need(doc.metadata.labels?.["strimzi.io/cluster"], "label strimzi.io/cluster required");
  } else if (doc.kind === "KafkaTopic") {
    need(Number.isInteger(doc.spec?.partitions) && doc.spec.partitions > 0, "spec.partitions must be a positive integer");
    need(Number.isInteger(doc.spec?.replicas) && doc.spec.replicas > 0, "spec.replicas must be a positive integer");
    need(doc.metadata.labels?.["strimzi.io/cluster"], "label strimzi.io/cluster required");
  } else {
    fail(at, "unexpected Strimzi kind");
  }
}

if (findings.length) {
  console.error(`${findings.length} finding(s):\n- ` + findings.join("\n- "));
  process.exit(1);
}
console.log("deploy/k8s: every overlay renders and passes");
