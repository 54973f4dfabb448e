// Renders every overlay of deploy/k8s with `kubectl kustomize` and checks what operators rely on:
// probes, resources, non-root, images/ports/environment as the applications are configured, the JVM
// options and malloc arenas that ./alliance runs them with locally, the gateway's upstream timeouts against the
// services' wait for a database connection, the
// topics as platform/contracts names them (and which are compacted), the Kafka users' ACLs against the
// AsyncAPI document, how the services reach Kafka and PostgreSQL (SASL, TLS), secrets only by
// reference, the NetworkPolicies (each application reachable from its callers, no service open to
// all, egress where it is restricted), replicas left to the HPAs, topology spread, the Ingress and
// HTTPRoute (HTTPS, HSTS, no management path), backups, the alerts (each with its runbook) and the
// dashboard, and every document against its schema. Exits non-zero with a list of findings. Run by
// ./alliance test (after Maven).
//
// Schema sources (all from the npm registry): Kubernetes core and apps kinds: kubernetes-models;
// HTTPRoute: @kubernetes-models/gateway-api; CloudNativePG Cluster/Database/ScheduledBackup (and the
// object-store part of the Barman Cloud plugin's ObjectStore): @kubernetes-models/cloudnative-pg;
// ServiceMonitor/PodMonitor/PrometheusRule: @kubernetes-models/prometheus-operator. No schema of the
// Strimzi CRDs (Kafka, KafkaNodePool, KafkaTopic, KafkaUser) nor of the plugin's ObjectStore resolves
// from the reachable registries: those are checked here field by field instead.
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments, parse as parseYaml } from "yaml";

const K8S = join(dirname(fileURLToPath(import.meta.url)), "..");
const ROOT = join(K8S, "..", "..");
const findings = [];
const warnings = [];
const fail = (where, what) => findings.push(`${where}: ${what}`);
const warn = (where, what) => warnings.push(`${where}: ${what}`);

const SCHEMAS = {
  "v1": "kubernetes-models/v1",
  "apps/v1": "kubernetes-models/apps/v1",
  "networking.k8s.io/v1": "kubernetes-models/networking.k8s.io/v1",
  "autoscaling/v2": "kubernetes-models/autoscaling/v2",
  "policy/v1": "kubernetes-models/policy/v1",
  "gateway.networking.k8s.io/v1": "@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1",
  "postgresql.cnpg.io/v1": "@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1",
  "monitoring.coreos.com/v1": "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1",
};

// --- what the applications say about themselves -------------------------------------------------
const APPS = { "members-service": "members-service", "events-service": "events-service", "agreements-service": "agreements-service", "notifications-service": "notifications-service", gateway: "gateway" };
const SERVICES = Object.keys(APPS).filter((a) => a !== "gateway");
// the services that own a database (role and database alliance_<name>)
const DATABASES = ["members", "events", "agreements", "notifications"];
// settings an application must have beyond what every service needs
const NEEDED = {
  gateway: ["ALLIANCE_MEMBERS_URL", "ALLIANCE_EVENTS_URL", "ALLIANCE_AGREEMENTS_URL", "ALLIANCE_NOTIFICATIONS_URL", "ALLIANCE_JWT_PUBLIC_KEY", "ALLIANCE_GATEWAY_TRUSTED_PROXIES"],
  "notifications-service": ["ALLIANCE_EVENTS_URL", "ALLIANCE_MEMBERS_URL", "ALLIANCE_JWT_PRIVATE_KEY", "ALLIANCE_SMTP_HOST", "ALLIANCE_SMTP_PORT", "ALLIANCE_MAIL_FROM"],
};
const SERVICE_NEEDS = ["ALLIANCE_DB_HOST", "ALLIANCE_DB_PASSWORD", "ALLIANCE_KAFKA_BOOTSTRAP", "ALLIANCE_JWT_PUBLIC_KEY", "ALLIANCE_KAFKA_JAAS_CONFIG", "QUARKUS_CONFIG_LOCATIONS"];
// settings whose value is fixed in every overlay (webhook targets on loopback or private addresses are never allowed)
const FIXED = { "notifications-service": { ALLIANCE_WEBHOOKS_ALLOW_LOOPBACK: "false", ALLIANCE_WEBHOOKS_ALLOW_PRIVATE: "false" } };
// settings every application gets from alliance-common, with their value
const COMMON = { ALLIANCE_JWT_AUDIENCE: "alliance-hub" };
// applications that send traffic out of the cluster: their egress must be restricted by a NetworkPolicy
const EGRESS_RESTRICTED = ["notifications-service"];
// an egress rule to public addresses must leave out these (the cluster's pods, services and nodes, link-local metadata endpoints)
const PRIVATE_RANGES = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16", "100.64.0.0/10"];
// names that look like secrets: set from a Secret (env secretKeyRef), or, for a key file, a path into a volume mounted from a Secret
const SECRET_NAME = /PASSWORD|SECRET|TOKEN|PRIVATE|JAAS/;
// ...except switches about private network ranges, which hold nothing secret
const NOT_SECRET = /_ALLOW_PRIVATE$/;
const secretName = (key) => SECRET_NAME.test(key) && !NOT_SECRET.test(key);
// pods the operators create, by the labels they give them (for the NetworkPolicy checks)
const PG_CLUSTER = "alliance-pg";
const PG_POD = { "cnpg.io/cluster": PG_CLUSTER };
const KAFKA_CLUSTER = "alliance-kafka";
const KAFKA_POD = { "strimzi.io/cluster": KAFKA_CLUSTER, "strimzi.io/kind": "Kafka", "strimzi.io/name": `${KAFKA_CLUSTER}-kafka` };
const KAFKA_EXPORTER_POD = { "strimzi.io/cluster": KAFKA_CLUSTER, "strimzi.io/kind": "Kafka", "strimzi.io/name": `${KAFKA_CLUSTER}-kafka-exporter` };
// Secrets the operators write, and the key the services read
const KAFKA_CA_SECRET = `${KAFKA_CLUSTER}-cluster-ca-cert`;
const PG_CA_SECRET = `${PG_CLUSTER}-ca`;
// Prometheus runs in this namespace (the NetworkPolicies admit it)
const MONITORING_NS = "monitoring";
// the Barman Cloud plugin (CloudNativePG's backups)
const BARMAN_PLUGIN = "barman-cloud.cloudnative-pg.io";
// Kafka 4.1 (Strimzi 0.48 or newer)
const KAFKA_VERSION = /^4\.1\.\d+$/;
// the topics whose consumers rebuild state from the earliest offset and whose every record stands for the
// aggregate (see base/topics.yaml): compacted; every other topic keeps its time limit
const COMPACTED = ["alliance.members.v1"];

// the gateway's public paths (GatewayRoutes: /api/v1/*, /openapi{,.json,.yaml}; Swagger UI at /swagger-ui):
// each must be routed from outside; the management paths (/q/*) never
const PUBLIC_PATHS = ["/api/v1/organizations", "/api/v1/events/x/registrations", "/openapi", "/openapi.json", "/openapi.yaml", "/swagger-ui/", "/swagger-ui/index.html"];
const MANAGEMENT_PATHS = ["/q", "/q/", "/q/metrics", "/q/health", "/q/health/ready", "/q/openapi", "/q/swagger-ui", "/q/dev-ui", "/q/info"];

// The meters the applications expose (Micrometer names as Prometheus writes them), the contract the
// alerts and the dashboard rely on; and the metrics of the Kafka exporter and kube-state-metrics.
const TIMERS = ["alliance_outbox_send_seconds", "alliance_inbox_apply_seconds", "http_server_requests_seconds"];
const METRICS = new Set([
  "alliance_outbox_backlog", "alliance_outbox_oldest_age_seconds", // gauges
  "alliance_dead_letters_total", "alliance_registrations_total", "alliance_checkins_total", "alliance_webhook_deliveries_total", // counters
  ...TIMERS.flatMap((t) => ["_count", "_sum", "_max", "_bucket"].map((s) => t + s)), // timers (buckets: percentile histograms)
  "kafka_consumer_fetch_manager_records_lag_max", // the Kafka client's, through Micrometer
  "kafka_consumergroup_lag", // the Kafka exporter's
  "kube_pod_container_status_restarts_total", "kube_pod_status_ready", "kube_pod_status_phase", // kube-state-metrics
]);
// what the alerts must watch (issue: outbox age and backlog, dead letters, consumer lag, 5xx, restarts, webhooks, readiness)
const ALERTED = ["alliance_outbox_oldest_age_seconds", "alliance_outbox_backlog", "alliance_dead_letters_total", "kafka_consumergroup_lag", "http_server_requests_seconds_count", "kube_pod_container_status_restarts_total", "alliance_webhook_deliveries_total", "kube_pod_status_ready"];
// what the dashboard must show
const CHARTED = ["http_server_requests_seconds_count", "http_server_requests_seconds_bucket", "alliance_outbox_backlog", "alliance_outbox_oldest_age_seconds", "kafka_consumergroup_lag", "alliance_inbox_apply_seconds_bucket", "alliance_dead_letters_total", "alliance_registrations_total", "alliance_checkins_total", "alliance_webhook_deliveries_total"];
const DASHBOARD = join(K8S, "monitoring", "grafana", "alliance-hub.json");

// the services also read what every service shares (service-kit's META-INF/microprofile-config.properties)
const SHARED_CONFIG = readFileSync(join(ROOT, "platform/service-kit/src/main/resources/META-INF/microprofile-config.properties"), "utf8");
const varsOf = (text) => new Set([...text.matchAll(/\$\{([A-Z][A-Z0-9_]*)[:}]/g)].map((m) => m[1]));
function appConfig(module) {
  const own = readFileSync(join(ROOT, module, "src/main/resources/application.properties"), "utf8");
  const text = module === "gateway" ? own : own + "\n" + SHARED_CONFIG;
  const port = Number(/^quarkus\.http\.port=\$\{[A-Z_]+:(\d+)\}/m.exec(text)?.[1]);
  const props = parseProperties(own);
  return { port, vars: varsOf(text), props };
}
function parseProperties(text) {
  const out = {};
  for (const line of text.split("\n")) {
    const m = /^\s*([^#!\s][^=]*?)\s*=\s*(.*)$/.exec(line);
    if (m) out[m[1]] = m[2];
  }
  return out;
}
const SHARED_PROPS = parseProperties(SHARED_CONFIG);
// the value an application runs with for a property, as Quarkus resolves it in the prod profile: the environment
// (QUARKUS_X_Y for quarkus.x.y), then the overlay's extra files (QUARKUS_CONFIG_LOCATIONS), then the application's
// own application.properties, then (services) service-kit's shared file; in each, %prod.key before key. A value
// ${VAR:default} is the environment's VAR, else the default.
function effective(module, env, extra, key) {
  let value = env[key.toUpperCase().replace(/[^A-Z0-9]/g, "_")];
  for (const source of [extra ?? {}, appConfig(module).props, ...(module === "gateway" ? [] : [SHARED_PROPS])]) {
    if (value !== undefined) break;
    value = source[`%prod.${key}`] ?? source[key];
  }
  const expr = /^\$\{([A-Z0-9_]+):([^}]*)\}$/.exec(value ?? "");
  return expr ? env[expr[1]] ?? expr[2] : value;
}
// a Quarkus duration (10s, 500ms, 2m, PT10S) in seconds; NaN for anything else
function seconds(duration) {
  const m = /^(?:PT)?(\d+(?:\.\d+)?)(ms|s|m)$/i.exec(String(duration ?? "").trim());
  return m ? Number(m[1]) * { ms: 0.001, s: 1, m: 60 }[m[2].toLowerCase()] : NaN;
}
// A service that waits too long for a database connection answers 503 with Retry-After. The gateway must wait for
// the service at least twice that long, or the client gets the gateway's 504 before the service's answer (the
// chaos smoke's PostgreSQL fault failed that way when both were 10 s).
function checkTimeouts(where, appEnv, appExtra) {
  for (const s of SERVICES) {
    if (!appEnv[s] || !appEnv.gateway) continue;
    const key = "quarkus.datasource.jdbc.acquisition-timeout";
    const upstream = `gateway.upstreams.${s.replace(/-service$/, "")}.timeout`;
    const acquire = seconds(effective(APPS[s], appEnv[s], appExtra[s], key));
    const waits = seconds(effective("gateway", appEnv.gateway, appExtra.gateway, upstream));
    if (!(acquire > 0 && waits > 0)) fail(`${where} ${s}`, `${key} (${acquire} s) and the gateway's ${upstream} (${waits} s) must both be set`);
    else if (acquire * 2 > waits) fail(`${where} ${s}`, `${key} is ${acquire} s, the gateway's ${upstream} ${waits} s: the gateway must wait at least twice as long, or it answers 504 before the service's 503`);
  }
}
// as ./alliance runs the jars on this machine (no overlay: the files alone)
checkTimeouts("./alliance", Object.fromEntries(Object.keys(APPS).map((a) => [a, {}])), {});

const pomHas = (module, artifact) => [join(ROOT, module, "pom.xml"), ...(module === "gateway" ? [] : [join(ROOT, "platform/service-kit/pom.xml")])]
  .some((p) => existsSync(p) && readFileSync(p, "utf8").includes(`<artifactId>${artifact}</artifactId>`));
const version = /<version>([0-9.]+)(-SNAPSHOT)?<\/version>/.exec(readFileSync(join(ROOT, "pom.xml"), "utf8").split("<parent>")[0].split("</parent>").pop())?.[1];
const topicsJava = readFileSync(join(ROOT, "platform/contracts/src/main/java/io/alliancehub/contracts/events/Topics.java"), "utf8");
const TOPICS = [...topicsJava.matchAll(/public static final String (?!DEAD)[A-Z_]+ = "([^"]+)"/g)].map((m) => m[1]);
const DLT = /DEAD_LETTER_SUFFIX = "([^"]+)"/.exec(topicsJava)[1];
// the JVM options and malloc arenas ./alliance starts the applications with by default (its JAVA_OPTS and MALLOC_ARENA_MAX lines)
const LOCAL_JVM = (() => {
  const cli = readFileSync(join(ROOT, "alliance"), "utf8");
  const options = /^JAVA_OPTS="\$\{ALLIANCE_JAVA_OPTS:-([^}]+)\}"$/m.exec(cli)?.[1];
  const mallocArenaMax = /^export MALLOC_ARENA_MAX="\$\{MALLOC_ARENA_MAX:-([^}]+)\}"$/m.exec(cli)?.[1];
  if (!options || !mallocArenaMax) throw new Error("./alliance no longer sets JAVA_OPTS and MALLOC_ARENA_MAX the way this check reads them");
  return { options: options.trim().split(/\s+/), mallocArenaMax };
})();
// variables the platform itself reads (not in application.properties)
const PLATFORM_VARS = new Set(["JAVA_OPTS_APPEND", "MALLOC_ARENA_MAX"]);
// Quarkus' own settings, read from the environment whatever application.properties says (QUARKUS_X_Y = quarkus.x.y)
const QUARKUS_VARS = new Set(["QUARKUS_PROFILE", "QUARKUS_CONFIG_LOCATIONS", "QUARKUS_OTEL_SDK_DISABLED", "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT"]);
// settings the manifests set ahead of the application code that reads them: a warning, not a finding, until it does
const PENDING_VARS = {};
const readme = readFileSync(join(K8S, "README.md"), "utf8");
// the README's anchors, as GitHub makes them from its headings
const ANCHORS = new Set(readme.split("\n").filter((l) => /^#{1,6} /.test(l)).map((l) => l.replace(/^#+ /, "").trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, "").replace(/ /g, "-")));

// who publishes and who consumes what, from platform/contracts' AsyncAPI document (generated from the
// services' application.properties): the Kafka users' ACLs must be exactly these
const asyncapi = parseYaml(readFileSync(join(ROOT, "platform/contracts/src/main/resources/asyncapi/asyncapi.yaml"), "utf8"));
// every topic, and the dead-letter topic of each topic someone consumes (alliance.notifications.v1 has no consumer)
const EXPECTED_TOPICS = [...TOPICS, ...Object.values(asyncapi.channels).map((c) => c.address).filter((a) => a.endsWith(DLT))].sort();
const EXPECTED_ACLS = {}; // service -> Set of "type:pattern:name:operation"
for (const op of Object.values(asyncapi.operations ?? {})) {
  const service = /^(\S+) /.exec(op.title ?? "")?.[1];
  const channel = asyncapi.channels[op.channel.$ref.split("/").pop()];
  const topic = channel.address;
  const set = (EXPECTED_ACLS[service] ??= new Set());
  if (op.action === "send") for (const o of ["Write", "Describe"]) set.add(`topic:literal:${topic}:${o}`);
  if (op.action === "receive") {
    for (const o of ["Read", "Describe"]) set.add(`topic:literal:${topic}:${o}`);
    for (const g of op.bindings?.kafka?.groupId?.enum ?? []) set.add(`group:literal:${g}:Read`);
  }
}
// JSON with its keys sorted: two documents compare equal whatever order their keys were written in
const canonical = (v) => JSON.stringify(v, (k, x) => (x && typeof x === "object" && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b))) : x));
const aclSet = (user) => new Set((user.spec?.authorization?.acls ?? []).flatMap((a) =>
  (a.operations ?? [a.operation]).map((o) => `${a.resource?.type}:${a.resource?.patternType ?? "literal"}:${a.resource?.name}:${o}`)));

// the operators' manifests beside the overlays (../ops): a pod for the runbooks, the recovery Cluster
const OPS = readdirSync(join(K8S, "ops")).filter((f) => f.endsWith(".yaml")).flatMap((f) =>
  parseAllDocuments(readFileSync(join(K8S, "ops", f), "utf8").replaceAll("@TARGET_TIME@", "2026-01-01 00:00:00+00").replaceAll("@NEW_SERVER_NAME@", "alliance-pg-r1"))
    .map((d) => d.toJS()).filter(Boolean).map((doc) => ({ file: `ops/${f}`, doc })));

async function validate(at, doc) {
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
  } else if (doc.apiVersion === "barmancloud.cnpg.io/v1" && doc.kind === "ObjectStore") {
    // the plugin's spec.configuration is CloudNativePG's barmanObjectStore, whose schema the CloudNativePG models carry
    const { BarmanObjectStoreConfiguration } = await import("@kubernetes-models/cloudnative-pg/github.com/cloudnative-pg/barman-cloud/pkg/api");
    try { new BarmanObjectStoreConfiguration(doc.spec?.configuration).validate(); } catch (e) { fail(at, `schema (spec.configuration): ${e.message}`); }
    if (doc.spec?.retentionPolicy && !/^[1-9][0-9]*[dwm]$/.test(doc.spec.retentionPolicy)) fail(at, `retentionPolicy ${doc.spec.retentionPolicy}: a number and d, w or m`);
  } else {
    fail(at, `no schema source for ${doc.apiVersion}`);
  }
  if (doc.kind === "Secret") fail(at, "a Secret is inlined: secrets are created by the operator, only referenced here");
}

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
  const namespace = docs.find((d) => d.kind === "Deployment")?.metadata?.namespace;
  const configMaps = Object.fromEntries(byKind("ConfigMap").map((c) => [c.metadata.name, c.data ?? {}]));
  const referencedSecrets = new Set();
  const policies = byKind("NetworkPolicy");
  const appEnv = {}; // name -> the environment its container gets
  const appExtra = {}; // name -> the properties of the extra files it reads (QUARKUS_CONFIG_LOCATIONS)
  const kafka = byKind("Kafka")[0];
  const users = Object.fromEntries(byKind("KafkaUser").map((u) => [u.metadata.name, u]));

  // every document against its schema
  for (const doc of docs) await validate(`${where} ${doc.kind}/${doc.metadata?.name}`, doc);

  // applications
  for (const [name, module] of Object.entries(APPS)) {
    const at = `${where} Deployment/${name}`;
    const d = byKind("Deployment").find((x) => x.metadata.name === name);
    if (!d) { fail(at, "missing"); continue; }
    const { port, vars, props } = appConfig(module);
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
    // the volume a file path lies in, and its source: { volume, file } or null
    const volumeOf = (value) => {
      if (typeof value !== "string") return null;
      for (const m of c.volumeMounts ?? []) {
        const v = (pod.volumes ?? []).find((x) => x.name === m.name);
        const dir = m.mountPath.replace(/\/$/, "") + "/";
        if (!v || !value.startsWith(dir)) continue;
        const file = value.slice(dir.length);
        const src = v.secret ?? v.configMap;
        if (src?.items && !src.items.some((i) => i.path === file)) return null;
        const key = src?.items ? src.items.find((i) => i.path === file).key : file;
        return { volume: v, file, key };
      }
      return null;
    };
    // a key file's location: a file in a volume mounted from a Secret (and one of its items, if it lists them)
    const fromSecretFile = (value) => Boolean(volumeOf(value)?.volume.secret);
    for (const e of c.env ?? []) {
      if (e.valueFrom?.secretKeyRef) referencedSecrets.add(e.valueFrom.secretKeyRef.name);
      else if (secretName(e.name) && !fromSecretFile(e.value)) fail(at, `${e.name} has an inline value: use a Secret reference`);
      env[e.name] = e.value ?? "(from a reference)";
    }
    // files Quarkus reads beside application.properties (QUARKUS_CONFIG_LOCATIONS): mounted from a ConfigMap of the overlay
    const extra = {};
    for (const loc of (env.QUARKUS_CONFIG_LOCATIONS ?? "").split(",").filter(Boolean)) {
      const f = volumeOf(loc.replace(/^file:/, ""));
      const text = f?.volume.configMap && configMaps[f.volume.configMap.name]?.[f.key];
      if (text === undefined || text === null) { fail(at, `QUARKUS_CONFIG_LOCATIONS names ${loc}, which is not a file mounted from a ConfigMap of the overlay`); continue; }
      for (const v of varsOf(text)) vars.add(v);
      Object.assign(extra, parseProperties(text));
    }
    for (const key of Object.keys(env)) {
      if (!vars.has(key) && !PLATFORM_VARS.has(key) && !QUARKUS_VARS.has(key)) {
        if (PENDING_VARS[key]?.includes(name)) warn(at, `sets ${key}, which ${module}'s configuration does not read yet (the application change that reads it is pending)`);
        else fail(at, `sets ${key}, which ${module}'s configuration does not read`);
      }
      if (secretName(key) && !(c.env ?? []).some((e) => e.name === key && e.valueFrom?.secretKeyRef) && !fromSecretFile(env[key]))
        fail(at, `${key} must come from a Secret (a reference, or a file in a volume mounted from a Secret)`);
    }
    for (const needed of [...(name === "gateway" ? [] : SERVICE_NEEDS), ...(NEEDED[name] ?? [])]) {
      if (!(needed in env)) fail(at, `${needed} is not set`);
    }
    for (const [key, value] of Object.entries({ ...(FIXED[name] ?? {}), ...COMMON })) {
      if (env[key] !== value) fail(at, `${key} is ${JSON.stringify(env[key])}, must be "${value}"`);
    }
    // the pods run with the JVM options and malloc setting that ./alliance runs (and the bench measures) locally
    for (const option of LOCAL_JVM.options) {
      if (!String(env.JAVA_OPTS_APPEND ?? "").split(/\s+/).includes(option)) fail(at, `JAVA_OPTS_APPEND lacks ${option}, which ./alliance starts the applications with (the figures in bench/REPORT.md are measured with it)`);
    }
    if (env.MALLOC_ARENA_MAX !== LOCAL_JVM.mallocArenaMax) fail(at, `MALLOC_ARENA_MAX is ${JSON.stringify(env.MALLOC_ARENA_MAX)}, ./alliance sets "${LOCAL_JVM.mallocArenaMax}"`);
    if (env.ALLIANCE_GATEWAY_TRUSTED_PROXIES !== undefined && !String(env.ALLIANCE_GATEWAY_TRUSTED_PROXIES).split(",").every((x) => /^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/.test(x.trim())))
      fail(at, `ALLIANCE_GATEWAY_TRUSTED_PROXIES ${env.ALLIANCE_GATEWAY_TRUSTED_PROXIES}: a comma-separated list of CIDRs`);
    // tracing: off unless the overlay names a collector; then the application must be able to send to it
    if (env.QUARKUS_OTEL_SDK_DISABLED === "false") {
      if (!/^https?:\/\/[a-z0-9.-]+:\d+$/.test(env.QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT ?? "")) fail(at, "tracing is on but QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT names no collector");
      if (!pomHas(module, "quarkus-opentelemetry")) fail(at, "tracing is switched on, but quarkus-opentelemetry is not among its dependencies: no spans would be exported");
    }
    appEnv[name] = env;
    appExtra[name] = extra;
    for (const v of pod.volumes ?? []) if (v.secret) referencedSecrets.add(v.secret.secretName);
    const svc = byKind("Service").find((s) => s.metadata.name === name);
    if (!svc || svc.spec.ports[0].port !== port) fail(`${where} Service/${name}`, `missing or not on port ${port}`);

    // topology spread: each constraint counts this application's own pods, over nodes and over zones
    const tscs = pod.topologySpreadConstraints ?? [];
    for (const key of ["kubernetes.io/hostname", "topology.kubernetes.io/zone"]) {
      if (!tscs.some((t) => t.topologyKey === key)) fail(at, `no topologySpreadConstraint over ${key}`);
    }
    for (const t of tscs) {
      if (!selects(t.labelSelector, d.spec.template.metadata.labels ?? {})) fail(at, `topologySpreadConstraint ${t.topologyKey}: its labelSelector does not select this Deployment's pods`);
      for (const other of byKind("Deployment").filter((o) => o !== d)) {
        if (selects(t.labelSelector, other.spec.template.metadata.labels ?? {})) fail(at, `topologySpreadConstraint ${t.topologyKey}: its labelSelector also selects the pods of ${other.metadata.name}`);
      }
      if (t.whenUnsatisfiable !== "ScheduleAnyway") fail(at, `topologySpreadConstraint ${t.topologyKey}: whenUnsatisfiable ${t.whenUnsatisfiable}; ScheduleAnyway, so a small cluster still schedules`);
    }

    // how a service reaches Kafka and PostgreSQL
    if (name === "gateway") {
      if (env.ALLIANCE_KAFKA_JAAS_CONFIG || env.QUARKUS_CONFIG_LOCATIONS) fail(at, "the gateway has no Kafka and no database: no transport settings");
      continue;
    }
    checkTransport(at, { name, env, extra, props, volumeOf, c, kafka, users, overlay });
  }

  // replicas: a Deployment an HPA scales has no replica count of its own (an apply would reset it)
  for (const h of byKind("HorizontalPodAutoscaler")) {
    const d = byKind("Deployment").find((x) => x.metadata.name === h.spec.scaleTargetRef.name && h.spec.scaleTargetRef.kind === "Deployment");
    if (!d) fail(`${where} HorizontalPodAutoscaler/${h.metadata.name}`, `targets Deployment ${h.spec.scaleTargetRef.name}, which is not in the overlay`);
    else if (d.spec.replicas !== undefined) fail(`${where} Deployment/${d.metadata.name}`, `sets replicas (${d.spec.replicas}) but HPA ${h.metadata.name} owns the count: every apply would reset it`);
  }
  if (overlay === "prod") {
    for (const name of Object.keys(APPS)) {
      if (!byKind("HorizontalPodAutoscaler").some((h) => h.spec.scaleTargetRef.name === name)) fail(`${where} ${name}`, "no HPA");
      if (!byKind("PodDisruptionBudget").some((p) => p.spec.selector.matchLabels?.["app.kubernetes.io/name"] === name)) fail(`${where} ${name}`, "no PDB");
    }
  }

  // Kafka topics as platform/contracts names them; replication as the overlay promises; compaction where consumers rebuild state
  const topics = byKind("KafkaTopic");
  const names = topics.map((t) => t.spec.topicName).sort();
  if (JSON.stringify(names) !== JSON.stringify(EXPECTED_TOPICS)) fail(where, `KafkaTopics ${names} differ from platform/contracts ${EXPECTED_TOPICS}`);
  const [replicas, minIsr] = overlay === "prod" ? [3, 2] : [1, 1];
  for (const t of topics) {
    const at = `${where} KafkaTopic/${t.metadata.name}`;
    if (t.spec.replicas !== replicas || Number(t.spec.config?.["min.insync.replicas"]) !== minIsr)
      fail(at, `replicas ${t.spec.replicas}, min.insync.replicas ${t.spec.config?.["min.insync.replicas"]}; expected ${replicas}/${minIsr}`);
    const cfg = t.spec.config ?? {};
    const compacted = String(cfg["cleanup.policy"] ?? "delete").split(",").includes("compact");
    if (COMPACTED.includes(t.spec.topicName)) {
      if (cfg["cleanup.policy"] !== "compact") fail(at, `cleanup.policy ${cfg["cleanup.policy"]}: its consumers rebuild their replicas from the earliest offset, so it must be compact`);
      if (!(Number(cfg["delete.retention.ms"]) > 0)) fail(at, "compacted without delete.retention.ms (how long tombstones stay)");
      if (!(Number(cfg["min.compaction.lag.ms"]) >= 86400000)) fail(at, "compacted without a min.compaction.lag.ms of at least a day (a consumer a little behind must still see every record)");
      if (!readme.split("\n").some((l) => l.includes(t.spec.topicName) && /compact/i.test(l))) fail(at, "compacted, but deploy/k8s/README.md does not say so");
    } else if (compacted) {
      fail(at, `compacted, but its key is shared by several kinds of record: compaction would drop all but the last of each key`);
    }
  }

  checkKafka(where, { kafka, overlay, configMaps, users, topics });

  // the database side: one role and one database per service, passwords by reference; backups in prod
  const cluster = byKind("Cluster").find((c) => c.metadata.name === PG_CLUSTER);
  for (const r of cluster?.spec?.managed?.roles ?? []) referencedSecrets.add(r.passwordSecret?.name);
  if (cluster?.spec?.bootstrap?.initdb?.secret) referencedSecrets.add(cluster.spec.bootstrap.initdb.secret.name);
  for (const s of DATABASES) {
    if (!(cluster?.spec?.managed?.roles ?? []).some((r) => r.name === `alliance_${s}`)) fail(where, `no role alliance_${s}`);
    const hasDb = cluster?.spec?.bootstrap?.initdb?.database === `alliance_${s}` || byKind("Database").some((d) => d.spec.name === `alliance_${s}` && d.spec.owner === `alliance_${s}`);
    if (!hasDb) fail(where, `no database alliance_${s} owned by alliance_${s}`);
  }
  for (const o of byKind("ObjectStore")) {
    const s3 = o.spec?.configuration?.s3Credentials ?? {};
    for (const ref of Object.values(s3)) if (ref?.name) referencedSecrets.add(ref.name);
  }
  if (overlay === "prod") checkBackups(where, { cluster, docs });

  checkExposure(where, { docs, appEnv });
  checkTimeouts(where, appEnv, appExtra);
  checkNetworkPolicies(where, docs, policies, appEnv);
  if (overlay === "prod" || byKind("PrometheusRule").length) checkMonitoring(where, { docs, namespace, configMaps, policies });

  // every referenced Secret is documented for the operator who creates it (or says which operator writes it)
  for (const { doc } of OPS) {
    for (const c of doc.spec?.containers ?? []) for (const e of c.env ?? []) if (e.valueFrom?.secretKeyRef) referencedSecrets.add(e.valueFrom.secretKeyRef.name);
    for (const v of doc.spec?.volumes ?? []) if (v.secret) referencedSecrets.add(v.secret.secretName);
  }
  for (const s of referencedSecrets) {
    if (!s) continue;
    if (!readme.includes(s)) fail(where, `Secret ${s} is referenced but deploy/k8s/README.md does not say how to create it`);
  }
  console.log(`${where}: ${docs.length} documents rendered and checked, ${referencedSecrets.size} secrets referenced`);
}

// --- ../ops: the runbooks' manifests, against their schemas and the prod overlay ---------------------
{
  const prod = parseAllDocuments(execFileSync("kubectl", ["kustomize", join(K8S, "overlays", "prod")], { encoding: "utf8" })).map((d) => d.toJS()).filter(Boolean);
  for (const { file, doc } of OPS) {
    const at = `${file} ${doc.kind}/${doc.metadata?.name}`;
    await validate(at, doc);
    if (doc.kind === "Pod" && doc.metadata.name === "kafka-ops") {
      const kafka = prod.find((d) => d.kind === "Kafka");
      const image = doc.spec.containers[0].image;
      if (!image.endsWith(`-kafka-${kafka?.spec?.kafka?.version}`)) fail(at, `image ${image} is not of the cluster's Kafka ${kafka?.spec?.kafka?.version}`);
      const labels = doc.metadata.labels ?? {};
      for (const l of kafka?.spec?.kafka?.listeners ?? []) {
        if (l.networkPolicyPeers?.length && !l.networkPolicyPeers.some((p) => peerIsPod(p, labels))) fail(at, `the Kafka listener ${l.name} does not admit it (networkPolicyPeers)`);
      }
      const user = doc.spec.containers[0].env?.find((e) => e.valueFrom?.secretKeyRef)?.valueFrom.secretKeyRef.name;
      if (!prod.some((d) => d.kind === "KafkaUser" && d.metadata.name === user)) fail(at, `logs in as ${user}, which is no KafkaUser of the prod overlay`);
    }
    if (doc.kind === "Cluster") {
      // the recovery Cluster is the prod Cluster, bootstrapped from the backups and archiving to a new folder
      const live = prod.find((d) => d.kind === "Cluster" && d.metadata.name === doc.metadata.name);
      if (!live) { fail(at, "not the name of the prod overlay's Cluster: the services, Databases and NetworkPolicies would not find it"); continue; }
      for (const k of ["instances", "imageName", "storage", "managed", "postgresql", "resources"]) {
        if (canonical(doc.spec[k]) !== canonical(live.spec[k])) fail(at, `spec.${k} differs from the prod overlay's Cluster`);
      }
      const rec = doc.spec.bootstrap?.recovery;
      const origin = (doc.spec.externalClusters ?? []).find((e) => e.name === rec?.source);
      const livePlugin = (live.spec.plugins ?? []).find((p) => p.name === BARMAN_PLUGIN);
      if (!rec?.recoveryTarget?.targetTime) fail(at, "bootstrap.recovery has no recoveryTarget.targetTime");
      if (origin?.plugin?.name !== BARMAN_PLUGIN || origin.plugin.parameters?.barmanObjectName !== livePlugin?.parameters?.barmanObjectName
        || origin.plugin.parameters?.serverName !== (livePlugin?.parameters?.serverName ?? live.metadata.name))
        fail(at, "bootstrap.recovery's source is not the prod Cluster's object store and folder (serverName)");
      const mine = (doc.spec.plugins ?? []).find((p) => p.name === BARMAN_PLUGIN);
      if (!mine?.isWALArchiver || mine.parameters?.serverName === origin?.plugin?.parameters?.serverName)
        fail(at, "the restored cluster must archive its WAL, into a folder (serverName) other than the one it restores from");
    }
  }
}

// --- Kafka: version, listeners, authorization, metrics, users ---------------------------------------
function checkKafka(where, { kafka, overlay, configMaps, users, topics }) {
  const at = `${where} Kafka/${kafka?.metadata?.name}`;
  if (!kafka) { fail(where, "no Kafka"); return; }
  if (!KAFKA_VERSION.test(String(kafka.spec.kafka.version))) fail(at, `version ${kafka.spec.kafka.version}; the suite runs Kafka 4.1`);
  if (!/Strimzi[^\n]*0\.48/.test(readme)) fail(at, "deploy/k8s/README.md must name the Strimzi version Kafka 4.1 needs (0.48 or newer)");
  const listeners = kafka.spec.kafka.listeners ?? [];
  if (kafka.spec.kafka.authorization?.type !== "simple") fail(at, "authorization must be simple: the KafkaUsers' ACLs decide what each service may do");
  for (const l of listeners) if (!l.authentication?.type) fail(at, `listener ${l.name} lets clients in without authentication`);
  if (!listeners.some((l) => l.tls === true && l.port === 9093)) fail(at, "no TLS listener on 9093");
  if (overlay === "prod" && listeners.some((l) => !l.tls)) fail(at, "prod: a listener without TLS");
  if (Object.keys(users).length && kafka.spec.entityOperator?.userOperator === undefined) fail(at, "KafkaUsers but no User Operator (entityOperator.userOperator)");
  // metrics: the brokers' JMX exporter from a ConfigMap of the overlay, and the Kafka exporter for the suite's topics and groups
  const mc = kafka.spec.kafka.metricsConfig;
  const ref = mc?.valueFrom?.configMapKeyRef;
  if (mc?.type !== "jmxPrometheusExporter" || !ref) fail(at, "metricsConfig: jmxPrometheusExporter from a ConfigMap");
  else {
    const text = configMaps[ref.name]?.[ref.key];
    if (!text) fail(at, `metricsConfig names ConfigMap ${ref.name} key ${ref.key}, which the overlay does not have`);
    else if (!Array.isArray(parseYaml(text)?.rules) || !parseYaml(text).rules.length) fail(at, "the JMX exporter configuration has no rules");
  }
  const ke = kafka.spec.kafkaExporter;
  if (!ke?.topicRegex || !ke?.groupRegex) fail(at, "kafkaExporter with topicRegex and groupRegex (consumer-lag alerts)");
  else {
    const tr = new RegExp(`^(?:${ke.topicRegex})$`), gr = new RegExp(`^(?:${ke.groupRegex})$`);
    for (const t of topics) if (!tr.test(t.spec.topicName)) fail(at, `kafkaExporter.topicRegex leaves out ${t.spec.topicName}`);
    for (const g of new Set(Object.values(EXPECTED_ACLS).flatMap((s) => [...s]).filter((a) => a.startsWith("group:")).map((a) => a.split(":")[2])))
      if (!gr.test(g)) fail(at, `kafkaExporter.groupRegex leaves out consumer group ${g}`);
  }
  // the users: one per service, SCRAM, and exactly the ACLs the AsyncAPI document implies
  for (const s of SERVICES) {
    const u = users[s];
    const uat = `${where} KafkaUser/${s}`;
    if (!u) { fail(uat, "missing"); continue; }
    if (u.spec?.authentication?.type !== "scram-sha-512") fail(uat, "authentication must be scram-sha-512 (the listeners')");
    if (u.spec?.authorization?.type !== "simple") fail(uat, "authorization must be simple (ACLs)");
    if ((u.spec?.authorization?.acls ?? []).some((a) => a.operation && !a.operations)) fail(uat, "an ACL uses the deprecated operation field; use operations");
    const have = aclSet(u), want = EXPECTED_ACLS[s] ?? new Set();
    for (const a of want) if (!have.has(a)) fail(uat, `lacks ${a}, which platform/contracts' AsyncAPI document implies`);
    for (const a of have) if (!want.has(a)) fail(uat, `allows ${a}, which it does not need`);
    // and the consumers as the service configures them
    const props = appConfig(s).props;
    for (const [k, v] of Object.entries(props)) {
      if (/^mp\.messaging\.incoming\.[^.]+\.topic$/.test(k) && !have.has(`topic:literal:${v}:Read`)) fail(uat, `${k}=${v}: no Read`);
      if (/^mp\.messaging\.incoming\.[^.]+\.group\.id$/.test(k) && !have.has(`group:literal:${v}:Read`)) fail(uat, `${k}=${v}: no Read on the group`);
      if (/^mp\.messaging\.incoming\.[^.]+\.dead-letter-queue\.topic$/.test(k) && !have.has(`topic:literal:${v}:Write`)) fail(uat, `${k}=${v}: no Write`);
    }
  }
  const ops = users["alliance-ops"];
  if (ops) {
    for (const a of aclSet(ops)) {
      const [type, , name, op] = a.split(":");
      const ok = op === "Describe" || op === "DescribeConfigs" || (op === "Read" && ((type === "topic" && name.endsWith(DLT)) || (type === "group" && name.startsWith("alliance-ops"))));
      if (!ok) fail(`${where} KafkaUser/alliance-ops`, `allows ${a}: the operators' user only looks and reads dead letters`);
    }
  }
  for (const name of Object.keys(users)) if (!SERVICES.includes(name) && name !== "alliance-ops") fail(`${where} KafkaUser/${name}`, "not one of the services' users");
}

// --- how a service reaches Kafka (SASL, TLS in prod) and PostgreSQL (TLS, verified, in prod) ------
function checkTransport(at, { name, env, extra, volumeOf, c, kafka, users, overlay }) {
  const m = /^([a-z0-9-]+):(\d+)$/.exec(env.ALLIANCE_KAFKA_BOOTSTRAP ?? "");
  const listener = m && (kafka?.spec?.kafka?.listeners ?? []).find((l) => l.port === Number(m[2]));
  if (!m || m[1] !== `${KAFKA_CLUSTER}-kafka-bootstrap`) fail(at, `ALLIANCE_KAFKA_BOOTSTRAP ${env.ALLIANCE_KAFKA_BOOTSTRAP}: the Kafka bootstrap service and a listener's port`);
  else if (!listener) fail(at, `ALLIANCE_KAFKA_BOOTSTRAP port ${m[2]}: no such Kafka listener`);
  if (listener) {
    const protocol = listener.tls ? "SASL_SSL" : "SASL_PLAINTEXT";
    if (listener.authentication?.type === "scram-sha-512") {
      if (extra["kafka.security.protocol"] !== protocol) fail(at, `kafka.security.protocol ${extra["kafka.security.protocol"]}; the listener on ${listener.port} needs ${protocol}`);
      if (extra["kafka.sasl.mechanism"] !== "SCRAM-SHA-512") fail(at, "kafka.sasl.mechanism must be SCRAM-SHA-512 (the listener's)");
      if (extra["kafka.sasl.jaas.config"] !== "${ALLIANCE_KAFKA_JAAS_CONFIG}") fail(at, "kafka.sasl.jaas.config must be ${ALLIANCE_KAFKA_JAAS_CONFIG}");
      const ref = (c.env ?? []).find((e) => e.name === "ALLIANCE_KAFKA_JAAS_CONFIG")?.valueFrom?.secretKeyRef;
      if (ref?.name !== name || ref?.key !== "sasl.jaas.config" || !users[name]) fail(at, `ALLIANCE_KAFKA_JAAS_CONFIG must come from the Secret of KafkaUser ${name}, key sasl.jaas.config`);
    }
    if (listener.tls) {
      const f = volumeOf(extra["kafka.ssl.truststore.location"]);
      if (extra["kafka.ssl.truststore.type"] !== "PEM" || f?.volume.secret?.secretName !== KAFKA_CA_SECRET || f.key !== "ca.crt")
        fail(at, `kafka.ssl.truststore.location must be the cluster CA (${KAFKA_CA_SECRET}, ca.crt, PEM) mounted in the pod`);
    }
  }
  if (overlay === "prod") {
    const f = volumeOf(extra["quarkus.datasource.jdbc.additional-jdbc-properties.sslrootcert"]);
    if (extra["quarkus.datasource.jdbc.additional-jdbc-properties.sslmode"] !== "verify-full") fail(at, "prod: the JDBC connection must be sslmode=verify-full");
    if (f?.volume.secret?.secretName !== PG_CA_SECRET || f.key !== "ca.crt") fail(at, `prod: sslrootcert must be PostgreSQL's CA (${PG_CA_SECRET}, ca.crt) mounted in the pod`);
    if (env.ALLIANCE_DB_HOST !== `${PG_CLUSTER}-rw`) fail(at, `prod: ALLIANCE_DB_HOST ${env.ALLIANCE_DB_HOST}; verify-full needs a name on the server's certificate (${PG_CLUSTER}-rw)`);
  }
}

// --- backups: WAL archiving and nightly base backups to an object store, with a retention -----------
function checkBackups(where, { cluster, docs }) {
  const at = `${where} Cluster/${PG_CLUSTER}`;
  const plugin = (cluster?.spec?.plugins ?? []).find((p) => p.name === BARMAN_PLUGIN);
  if (!plugin?.isWALArchiver) { fail(at, `no WAL archiving (plugins: ${BARMAN_PLUGIN}, isWALArchiver)`); return; }
  const store = docs.find((d) => d.kind === "ObjectStore" && d.metadata.name === plugin.parameters?.barmanObjectName);
  if (!store) fail(at, `archives to ObjectStore ${plugin.parameters?.barmanObjectName}, which the overlay does not have`);
  else {
    if (!store.spec?.retentionPolicy) fail(`${where} ObjectStore/${store.metadata.name}`, "no retentionPolicy");
    if (!/^s3:\/\//.test(store.spec?.configuration?.destinationPath ?? "")) fail(`${where} ObjectStore/${store.metadata.name}`, "destinationPath must be an s3:// bucket");
    const s3 = store.spec?.configuration?.s3Credentials;
    if (!s3?.accessKeyId?.name || !s3?.secretAccessKey?.name) fail(`${where} ObjectStore/${store.metadata.name}`, "S3 credentials must come from a Secret");
  }
  const sb = docs.filter((d) => d.kind === "ScheduledBackup" && d.spec.cluster?.name === PG_CLUSTER);
  if (!sb.some((s) => s.spec.method === "plugin" && s.spec.pluginConfiguration?.name === BARMAN_PLUGIN && s.spec.schedule?.trim().split(/\s+/).length === 6))
    fail(at, `no ScheduledBackup through ${BARMAN_PLUGIN} (six-field schedule)`);
  for (const word of ["bootstrap.recovery", "targetTime", "kubectl cnpg", "ALLIANCE_DB_HOST"]) {
    if (!readme.includes(word)) fail(at, `deploy/k8s/README.md's restore procedure does not mention ${word}`);
  }
}

// --- Ingress and HTTPRoute: HTTPS, HSTS, only the public paths ---------------------------------------
// does an Ingress path (or an HTTPRoute path match) take this request path?
function pathCovers(type, value, path) {
  if (type === "Exact") return path === value;
  if (type === "RegularExpression") return new RegExp(`^${value}`).test(path);
  // Prefix (and ImplementationSpecific, which ingress-nginx treats as a prefix): element-wise
  const p = value.replace(/\/$/, "");
  return p === "" || path === p || path.startsWith(p + "/");
}
function checkExposure(where, { docs, appEnv }) {
  for (const ing of docs.filter((d) => d.kind === "Ingress")) {
    const at = `${where} Ingress/${ing.metadata.name}`;
    const ann = ing.metadata.annotations ?? {};
    if (ing.spec.defaultBackend) fail(at, "a defaultBackend takes every path, /q included");
    const tlsHosts = (ing.spec.tls ?? []).filter((t) => t.secretName).flatMap((t) => t.hosts ?? []);
    if (ann["nginx.ingress.kubernetes.io/ssl-redirect"] !== "true" || ann["nginx.ingress.kubernetes.io/force-ssl-redirect"] !== "true") fail(at, "plain HTTP must be redirected to HTTPS (ssl-redirect, force-ssl-redirect)");
    if (Object.keys(ann).some((k) => /snippet/.test(k))) fail(at, "a snippet annotation: ingress-nginx refuses them by default");
    const paths = [];
    for (const r of ing.spec.rules ?? []) {
      if (!r.host || !tlsHosts.includes(r.host)) fail(at, `host ${r.host} is served without TLS (spec.tls with a secretName)`);
      for (const p of r.http?.paths ?? []) {
        paths.push(p);
        if (p.backend?.service?.name !== "gateway") fail(at, `path ${p.path} goes to ${p.backend?.service?.name}; only the gateway is exposed`);
      }
    }
    for (const q of MANAGEMENT_PATHS) for (const p of paths) if (pathCovers(p.pathType, p.path, q)) fail(at, `path ${p.path} (${p.pathType}) exposes ${q}`);
    for (const q of PUBLIC_PATHS) if (!paths.some((p) => pathCovers(p.pathType, p.path, q))) fail(at, `the public path ${q} is not routed`);
    for (const [name, env] of Object.entries(appEnv)) {
      if (env.ALLIANCE_PUBLIC_URL !== undefined && !tlsHosts.some((h) => env.ALLIANCE_PUBLIC_URL === `https://${h}`)) fail(at, `${name}'s ALLIANCE_PUBLIC_URL ${env.ALLIANCE_PUBLIC_URL} is not https://<a host this Ingress serves with TLS>`);
    }
  }
  const routes = docs.filter((d) => d.kind === "HTTPRoute");
  const forwarding = [];
  for (const r of routes) {
    const at = `${where} HTTPRoute/${r.metadata.name}`;
    for (const rule of r.spec.rules ?? []) {
      const matches = rule.matches?.length ? rule.matches : [{ path: { type: "PathPrefix", value: "/" } }];
      const redirect = (rule.filters ?? []).find((f) => f.type === "RequestRedirect");
      if (!rule.backendRefs?.length) {
        if (redirect?.requestRedirect?.scheme !== "https") fail(at, "a rule without backends that does not redirect to HTTPS");
        continue;
      }
      if (redirect) fail(at, "a rule both redirects and forwards");
      for (const b of rule.backendRefs) if (b.name !== "gateway") fail(at, `forwards to ${b.name}; only the gateway is exposed`);
      if (!(r.spec.parentRefs ?? []).every((p) => p.sectionName)) fail(at, "forwards on every listener of the Gateway: attach it to the HTTPS listener (sectionName)");
      const hsts = (rule.filters ?? []).find((f) => f.type === "ResponseHeaderModifier")?.responseHeaderModifier;
      if (![...(hsts?.set ?? []), ...(hsts?.add ?? [])].some((h) => /^strict-transport-security$/i.test(h.name) && /max-age=\d{7,}/.test(h.value))) fail(at, "a forwarding rule without an HSTS header (Strict-Transport-Security, max-age of months)");
      for (const m of matches) forwarding.push({ at, type: m.path?.type ?? "PathPrefix", value: m.path?.value ?? "/" });
    }
  }
  for (const f of forwarding) for (const q of MANAGEMENT_PATHS) if (pathCovers(f.type, f.value, q)) fail(f.at, `match ${f.type} ${f.value} exposes ${q}`);
  if (routes.length) for (const q of PUBLIC_PATHS) if (!forwarding.some((f) => pathCovers(f.type, f.value, q))) fail(`${where} HTTPRoute`, `the public path ${q} is not routed`);
}

// --- monitoring: scrapes, alerts with runbooks, the dashboard ----------------------------------------
// the metric selectors of a PromQL expression: [{ metric, matchers }], and bare names (no {…})
function selectorsOf(expr) {
  const sel = [...expr.matchAll(/([a-zA-Z_:][a-zA-Z0-9_:]*)\s*\{([^}]*)\}/g)].map((m) => ({ metric: m[1], matchers: m[2] }));
  const bare = [...expr.matchAll(/\b((?:alliance|http_server|kafka|kube)_[a-zA-Z0-9_:]*)\b(?!\s*\{)/g)].map((m) => m[1]);
  return { sel, bare };
}
function checkExpr(at, expr, namespace) {
  const { sel, bare } = selectorsOf(expr);
  for (const b of bare) fail(at, `${b} without a namespace matcher`);
  for (const { metric, matchers } of sel) {
    if (!METRICS.has(metric)) fail(at, `${metric} is none of the metrics the applications, the Kafka exporter or kube-state-metrics expose`);
    const ns = /namespace\s*=\s*"([^"]*)"/.exec(matchers)?.[1];
    if (ns !== namespace) fail(at, `${metric}{namespace="${ns}"}: the overlay deploys to ${namespace}`);
  }
  return sel.map((s) => s.metric);
}
function checkMonitoring(where, { docs, namespace, configMaps, policies }) {
  const services = docs.filter((d) => d.kind === "Service");
  const monitors = docs.filter((d) => d.kind === "ServiceMonitor");
  for (const name of Object.keys(APPS)) {
    const svc = services.find((s) => s.metadata.name === name);
    const sm = monitors.find((m) => selects(m.spec.selector, svc?.metadata?.labels ?? {}));
    if (!sm) { fail(`${where} ${name}`, "no ServiceMonitor selects its Service"); continue; }
    const ep = (sm.spec.endpoints ?? []).find((e) => e.path === "/q/metrics");
    if (!ep || !svc.spec.ports.some((p) => p.name === ep.port)) fail(`${where} ServiceMonitor/${sm.metadata.name}`, "must scrape /q/metrics on the Service's http port");
    const labels = docs.find((d) => d.kind === "Deployment" && d.metadata.name === name)?.spec.template.metadata.labels ?? {};
    if (!ingressAllowsFromNamespace(policies, MONITORING_NS, labels, svc.spec.ports[0].port)) fail(`${where} ${name}`, `Prometheus (namespace ${MONITORING_NS}) may not reach its port`);
  }
  const pm = docs.find((d) => d.kind === "PodMonitor" && selects(d.spec.selector, KAFKA_EXPORTER_POD));
  if (!pm || !(pm.spec.podMetricsEndpoints ?? []).some((e) => e.port === "tcp-prometheus")) fail(where, "no PodMonitor scrapes the Kafka exporter (tcp-prometheus): consumer lag is not collected");
  for (const pod of [KAFKA_EXPORTER_POD, KAFKA_POD]) if (!ingressAllowsFromNamespace(policies, MONITORING_NS, pod, 9404)) fail(where, `Prometheus may not reach ${pod["strimzi.io/name"]} on 9404`);

  const rules = docs.filter((d) => d.kind === "PrometheusRule").flatMap((r) => (r.spec.groups ?? []).flatMap((g) => g.rules ?? []));
  const watched = new Set();
  for (const r of rules.filter((x) => x.alert)) {
    const at = `${where} alert ${r.alert}`;
    for (const m of checkExpr(at, String(r.expr), namespace)) watched.add(m);
    if (!["critical", "warning", "info"].includes(r.labels?.severity)) fail(at, "no severity label");
    if (!r.annotations?.summary) fail(at, "no summary");
    const url = r.annotations?.runbook_url ?? "";
    const anchor = /\/deploy\/k8s\/README\.md#([a-z0-9_-]+)$/.exec(url)?.[1];
    if (!/^https:\/\//.test(url) || !anchor) fail(at, `runbook_url ${url}: a link to deploy/k8s/README.md#<runbook>`);
    else if (!ANCHORS.has(anchor)) fail(at, `runbook_url points to #${anchor}, which deploy/k8s/README.md has no heading for`);
  }
  for (const m of ALERTED) if (!watched.has(m)) fail(where, `no alert watches ${m}`);

  // the dashboard: the file, shipped as a ConfigMap Grafana's sidecar finds
  const text = readFileSync(DASHBOARD, "utf8");
  let dash;
  try { dash = JSON.parse(text); } catch (e) { fail("monitoring/grafana/alliance-hub.json", `not JSON: ${e.message}`); return; }
  const cm = docs.find((d) => d.kind === "ConfigMap" && d.metadata.labels?.grafana_dashboard === "1");
  if (!cm || Object.values(cm.data ?? {})[0] !== text) fail(where, "the dashboard is not shipped as a ConfigMap with label grafana_dashboard: \"1\" (the file's content)");
  const charted = new Set();
  const nsVar = (dash.templating?.list ?? []).find((v) => v.name === "namespace");
  if (nsVar?.current?.value !== namespace) fail("monitoring/grafana/alliance-hub.json", `its namespace variable defaults to ${nsVar?.current?.value}, the overlay deploys to ${namespace}`);
  for (const p of dash.panels ?? []) {
    const at = `monitoring/grafana/alliance-hub.json panel "${p.title}"`;
    if (!p.targets?.length) { fail(at, "no query"); continue; }
    for (const t of p.targets) {
      const metrics = checkExpr(at, String(t.expr).replaceAll("$namespace", namespace), namespace);
      if (!metrics.length) fail(at, `query ${t.expr} names no metric`);
      for (const m of metrics) charted.add(m);
    }
  }
  for (const m of CHARTED) if (!charted.has(m)) fail("monitoring/grafana/alliance-hub.json", `no panel shows ${m}`);
  const exprs = (dash.panels ?? []).flatMap((p) => p.targets ?? []).map((t) => t.expr);
  if (!exprs.some((e) => /status=~"5\.\."/.test(e))) fail("monitoring/grafana/alliance-hub.json", "no 5xx panel");
  if (!exprs.some((e) => /histogram_quantile\(0\.99,.*http_server_requests_seconds_bucket/.test(e))) fail("monitoring/grafana/alliance-hub.json", "no p99 latency panel");
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
// a peer is (any pod of) the namespace of this name
function peerIsNamespace(peer, ns) {
  return peer.namespaceSelector && selects(peer.namespaceSelector, { "kubernetes.io/metadata.name": ns }) && (!peer.podSelector || !Object.keys(peer.podSelector).length);
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
function ingressAllowsFromNamespace(policies, ns, to, port) {
  const applying = policies.filter((p) => typesOf(p).includes("Ingress") && selects(p.spec.podSelector, to));
  if (!applying.length) return true;
  return applying.some((p) => (p.spec.ingress ?? []).some((r) => portAllowed(r.ports, port) && (!r.from?.length || r.from.some((peer) => peerIsNamespace(peer, ns)))));
}
function egressAllows(policies, from, to, port, protocol = "TCP") {
  const applying = policies.filter((p) => typesOf(p).includes("Egress") && selects(p.spec.podSelector, from));
  if (!applying.length) return true;
  return applying.some((p) => (p.spec.egress ?? []).some((r) => portAllowed(r.ports, port, "http", protocol) && (!r.to?.length || (to && r.to.some((peer) => peerIsPod(peer, to))))));
}
function egressAllowsToNamespace(policies, from, ns, port) {
  const applying = policies.filter((p) => typesOf(p).includes("Egress") && selects(p.spec.podSelector, from));
  if (!applying.length) return true;
  return applying.some((p) => (p.spec.egress ?? []).some((r) => portAllowed(r.ports, port) && (!r.to?.length || r.to.some((peer) => peerIsNamespace(peer, ns)))));
}

function checkNetworkPolicies(where, docs, policies, appEnv) {
  const deployments = docs.filter((d) => d.kind === "Deployment");
  const services = docs.filter((d) => d.kind === "Service");
  const labelsOf = (name) => deployments.find((d) => d.metadata.name === name)?.spec.template.metadata.labels ?? {};
  if (!policies.some((p) => selects(p.spec.podSelector, {}) && typesOf(p).includes("Ingress") && !p.spec.ingress?.length))
    fail(where, "no default-deny ingress NetworkPolicy");
  const kafka = docs.find((d) => d.kind === "Kafka");

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
    // the OpenTelemetry collector, where tracing is on
    const otlp = appEnv[name]?.QUARKUS_OTEL_SDK_DISABLED === "false" && /^https?:\/\/[a-z0-9-]+\.([a-z0-9-]+)(?:\.svc[a-z.]*)?:(\d+)$/.exec(appEnv[name].QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT ?? "");
    if (otlp && !egressAllowsToNamespace(policies, labels, otlp[1], Number(otlp[2]))) fail(at, `may not send traces to the collector (namespace ${otlp[1]}, port ${otlp[2]})`);
    if (name === "gateway") continue;
    // PostgreSQL and the brokers (on the port of the listener it is configured for)
    if (!ingressAllows(policies, labels, PG_POD, 5432)) fail(at, "PostgreSQL does not accept it on 5432");
    if (!egressAllows(policies, labels, PG_POD, 5432)) fail(at, "may not connect to PostgreSQL on 5432");
    const kport = Number(/:(\d+)$/.exec(appEnv[name]?.ALLIANCE_KAFKA_BOOTSTRAP ?? "")?.[1]);
    const listener = kafka?.spec?.kafka?.listeners?.find((l) => l.port === kport);
    if (!listener || (listener.networkPolicyPeers?.length && !listener.networkPolicyPeers.some((peer) => peerIsPod(peer, labels))))
      fail(at, `the Kafka listener on ${kport} does not admit it (networkPolicyPeers)`);
    if (!egressAllows(policies, labels, KAFKA_POD, kport)) fail(at, `may not connect to the brokers on ${kport}`);
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
    need(Array.isArray(doc.spec?.kafka?.listeners) && doc.spec.kafka.listeners.length && doc.spec.kafka.listeners.every((l) => l.name && Number.isInteger(l.port) && l.type && typeof l.tls === "boolean"),
      "spec.kafka.listeners[] need name, port, type and tls");
    need(new Set(doc.spec.kafka.listeners.map((l) => l.port)).size === doc.spec.kafka.listeners.length, "two listeners on one port");
    need((doc.spec.kafka.listeners ?? []).every((l) => !l.authentication || ["scram-sha-512", "tls", "oauth", "custom"].includes(l.authentication.type)), "listener authentication.type: scram-sha-512, tls, oauth or custom");
    need(!doc.spec.kafka.authorization || ["simple", "opa", "keycloak", "custom"].includes(doc.spec.kafka.authorization.type), "spec.kafka.authorization.type: simple, opa, keycloak or custom");
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
  } else if (doc.kind === "KafkaUser") {
    need(doc.metadata.labels?.["strimzi.io/cluster"], "label strimzi.io/cluster required");
    need(["scram-sha-512", "tls", "tls-external"].includes(doc.spec?.authentication?.type), "spec.authentication.type: scram-sha-512, tls or tls-external");
    const ops = ["Read", "Write", "Create", "Delete", "Alter", "Describe", "ClusterAction", "AlterConfigs", "DescribeConfigs", "IdempotentWrite", "All"];
    for (const a of doc.spec?.authorization?.acls ?? []) {
      need(["topic", "group", "cluster", "transactionalId"].includes(a.resource?.type), `ACL resource.type ${a.resource?.type}`);
      need(a.resource?.type === "cluster" || (a.resource?.name && ["literal", "prefix"].includes(a.resource?.patternType ?? "literal")), "ACL resource needs a name and patternType literal or prefix");
      need(Array.isArray(a.operations) && a.operations.length && a.operations.every((o) => ops.includes(o)), `ACL operations ${a.operations}`);
    }
  } else {
    fail(at, "unexpected Strimzi kind");
  }
}

for (const w of warnings) console.warn(`note: ${w}`);
if (findings.length) {
  console.error(`${findings.length} finding(s):\n- ` + findings.join("\n- "));
  process.exit(1);
}
console.log("deploy/k8s: every overlay renders and passes");
