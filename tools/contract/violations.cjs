#!/usr/bin/env node
// Groups the contract violations of a Prism log (`proxy.sh summary LOGFILE`): each violation line
// (the lines `proxy.sh violations` counts) with the exchange it belongs to — method, path with ids
// as {id} and without the query, and the upstream's status — counted, most frequent first:
//
//   3  POST /api/v1/events/{id}/sessions → 201  error  response.body Response body must have required property 'eventId'
//
// The exchange is the last "Request received" line before the violation: exact for one client at a
// time (the seed and the e2e run one request after another); concurrent clients interleave.
"use strict";
const fs = require("node:fs");

const file = process.argv[2];
if (!file) {
  console.error("usage: violations.cjs PRISM-LOGFILE");
  process.exit(2);
}

const VIOLATION = /\[VALIDATOR\].*Violation: |Request terminated with error: https:\/\/stoplight\.io\/prism\/errors#/;
const RECEIVED = /\[HTTP SERVER\] ([a-z]+) (\S+) .*Request received/;
const TERMINATED = /\[HTTP SERVER\] ([a-z]+) (\S+) /;
const RETURNED = /The upstream call to \S+ has returned (\d+)/;
const UUID = /[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/g;

const exchangeOf = (method, path) => `${method.toUpperCase()} ${path.replace(/\?.*$/, "").replace(UUID, "{id}")}`;

let exchange = "(before any request)";
let status = "";
const counts = new Map();
for (const line of fs.readFileSync(file, "utf8").split("\n")) {
  let m = RECEIVED.exec(line);
  if (m) {
    exchange = exchangeOf(m[1], m[2]);
    status = "";
    continue;
  }
  m = RETURNED.exec(line);
  if (m) {
    status = m[1];
    continue;
  }
  if (!VIOLATION.test(line)) continue;
  const severity = line.includes("✖") ? "error" : line.includes("⚠") ? "warning" : "?";
  let where = exchange + (status ? ` → ${status}` : "");
  const terminated = /Request terminated with error: /.test(line);
  if (terminated) {
    m = TERMINATED.exec(line);
    if (m) where = exchangeOf(m[1], m[2]);
  }
  const message = line.replace(/^.*?(Violation: |Request terminated with error: )/, "");
  const key = `${where}  ${severity}  ${message}`;
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

const rows = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
const total = rows.reduce((n, [, c]) => n + c, 0);
console.log(`${total} violation(s), ${rows.length} distinct`);
for (const [key, count] of rows) console.log(`${String(count).padStart(5)}  ${key}`);
process.exit(total === 0 ? 0 : 1);
