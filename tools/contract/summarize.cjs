#!/usr/bin/env node
// Counts the problems in Spectral's and Redocly CLI's JSON reports, per tool, severity and rule.
// Usage: node summarize.cjs SPECTRAL.json REDOCLY.json   (used by lint.sh)
// Exits 1 when a report is missing or unreadable (the tool did not run to completion).
'use strict';
const fs = require('fs');

const SPECTRAL_SEVERITY = ['error', 'warn', 'info', 'hint']; // Spectral's numeric severities 0..3
let broken = false;

function read(file, tool) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    console.log(`${tool}: no readable report (${e.message.split('\n')[0]}): the tool did not run to completion`);
    broken = true;
    return null;
  }
}

// problems: [{rule, severity}] → prints a totals line and one line per rule, most frequent first
function report(title, problems) {
  const totals = {};
  const perRule = new Map();
  for (const { rule, severity } of problems) {
    totals[severity] = (totals[severity] || 0) + 1;
    const key = `${severity}\t${rule}`;
    perRule.set(key, (perRule.get(key) || 0) + 1);
  }
  const order = ['error', 'warn', 'info', 'hint'];
  const summary = order.filter((s) => totals[s]).map((s) => `${totals[s]} ${s}`).join(', ') || 'no problems';
  console.log(`${title}: ${summary}`);
  const rank = (s) => order.indexOf(s);
  [...perRule.entries()]
    .sort((a, b) => rank(a[0].split('\t')[0]) - rank(b[0].split('\t')[0]) || b[1] - a[1] || a[0].localeCompare(b[0]))
    .forEach(([key, n]) => {
      const [severity, rule] = key.split('\t');
      console.log(`  ${String(n).padStart(5)}  ${severity.padEnd(5)}  ${rule}`);
    });
}

const [spectralFile, redoclyFile] = process.argv.slice(2);
if (!spectralFile || !redoclyFile) {
  console.error('usage: node summarize.cjs SPECTRAL.json REDOCLY.json');
  process.exit(2);
}

console.log('== Counts');
const spectral = read(spectralFile, 'Spectral');
if (Array.isArray(spectral)) {
  const all = spectral.map((r) => ({ rule: r.code, severity: SPECTRAL_SEVERITY[r.severity] || String(r.severity) }));
  report('Spectral, spectral:oas (and parser)', all.filter((p) => !String(p.rule).startsWith('owasp:')));
  report('Spectral, OWASP ruleset', all.filter((p) => String(p.rule).startsWith('owasp:')));
} else if (spectral !== null) {
  console.log('Spectral: unexpected report format');
  broken = true;
}
const redocly = read(redoclyFile, 'Redocly');
if (redocly && Array.isArray(redocly.problems)) {
  // severity: "error" | "warn"; problems silenced by an ignore file are counted as ignored by Redocly
  report('Redocly (recommended)', redocly.problems.map((p) => ({ rule: p.ruleId, severity: p.severity })));
} else if (redocly !== null) {
  console.log('Redocly: unexpected report format');
  broken = true;
}
process.exit(broken ? 1 : 0);
