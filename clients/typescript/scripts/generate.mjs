#!/usr/bin/env node
// Generates src/schema.d.ts from the gateway's merged OpenAPI with openapi-typescript.
// The spec: $ALLIANCE_SPEC, else ../../gateway/target/openapi-merged.yaml (written by the gateway's
// tests). Extra arguments go to openapi-typescript, e.g. `npm run generate -- --check` fails when
// the committed src/schema.d.ts is not what the spec generates.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const spec = resolve(process.env.ALLIANCE_SPEC || resolve(root, "../../gateway/target/openapi-merged.yaml"));
const out = resolve(root, "src/schema.d.ts");

if (!existsSync(spec)) {
  console.error(`generate: no spec at ${spec}.
Run the gateway's tests first (they write gateway/target/openapi-merged.yaml), or point ALLIANCE_SPEC
at a merged spec (a running gateway serves it at /openapi).`);
  process.exit(2);
}

const cli = resolve(dirname(createRequire(import.meta.url).resolve("openapi-typescript/package.json")), "bin/cli.js");
console.error(`generate: ${relative(process.cwd(), spec) || spec} -> ${relative(process.cwd(), out)}`);
const run = spawnSync(process.execPath, [cli, spec, "--output", out, ...process.argv.slice(2)], { stdio: "inherit", cwd: root });
process.exit(run.status ?? 1);
