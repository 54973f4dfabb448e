// Renders every overlay of deploy/k8s with `kubectl kustomize` and checks what operators rely on:
// probes, resources, non-root, images/ports/environment as the applications are configured, the
// topics as platform/contracts names them, secrets only by reference, and every document against
// its schema. Exits non-zero with a list of findings. Run by ./alliance test (after Maven).
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
const APPS = { "members-service": "members-service", "events-service": "events-service", "agreements-service": "agreements-service", gateway: "gateway" };
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
    for (const e of c.env ?? []) {
      if (e.valueFrom?.secretKeyRef) referencedSecrets.add(e.valueFrom.secretKeyRef.name);
      else if (/PASSWORD|SECRET|TOKEN|PRIVATE/.test(e.name)) fail(at, `${e.name} has an inline value: use a Secret reference`);
      env[e.name] = e.value ?? "(from a reference)";
    }
    for (const key of Object.keys(env)) {
      if (!vars.has(key) && !PLATFORM_VARS.has(key)) fail(at, `sets ${key}, which ${module}'s configuration does not read`);
      if (/PASSWORD|SECRET|TOKEN|PRIVATE/.test(key) && !(c.env ?? []).some((e) => e.name === key && e.valueFrom?.secretKeyRef))
        fail(at, `${key} must come from a Secret`);
    }
    for (const needed of name === "gateway" ? ["ALLIANCE_MEMBERS_URL", "ALLIANCE_EVENTS_URL", "ALLIANCE_AGREEMENTS_URL", "ALLIANCE_JWT_PUBLIC_KEY"]
      : ["ALLIANCE_DB_HOST", "ALLIANCE_DB_PASSWORD", "ALLIANCE_KAFKA_BOOTSTRAP", "ALLIANCE_JWT_PUBLIC_KEY"]) {
      if (!(needed in env)) fail(at, `${needed} is not set`);
    }
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
  for (const s of ["members", "events", "agreements"]) {
    if (!(cluster?.spec?.managed?.roles ?? []).some((r) => r.name === `alliance_${s}`)) fail(where, `no role alliance_${s}`);
    const hasDb = cluster?.spec?.bootstrap?.initdb?.database === `alliance_${s}` || byKind("Database").some((d) => d.spec.name === `alliance_${s}` && d.spec.owner === `alliance_${s}`);
    if (!hasDb) fail(where, `no database alliance_${s} owned by alliance_${s}`);
  }
  // every referenced Secret is documented for the operator who creates it
  for (const s of referencedSecrets) {
    if (!s) continue;
    if (!readme.includes(s)) fail(where, `Secret ${s} is referenced but deploy/k8s/README.md does not say how to create it`);
  }
  console.log(`${where}: ${docs.length} documents rendered and checked, ${referencedSecrets.size} secrets referenced`);
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
