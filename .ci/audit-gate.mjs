#!/usr/bin/env node
// The dependency gate (security.md: "npm audit gate with a documented window"):
// - @trpc/server must be at or above 11.8.0 (GHSA-43p4-m455-4f4j), checked from the installed package;
// - `npm audit` must report no high or critical advisory, except those listed in
//   .ci/audit-allow.json with a reason and an `until` date (the window); past that date they fail again.
// A registry that cannot answer audit requests (some mirrors refuse them) is reported and
// does not fail the run: the floor check above still holds, and README says so.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const failures = [];
const trpc = JSON.parse(readFileSync('node_modules/@trpc/server/package.json', 'utf8')).version;
const [major, minor] = trpc.split('.').map(Number);
if (major < 11 || (major === 11 && minor < 8)) failures.push(`@trpc/server ${trpc} is below 11.8.0 (GHSA-43p4-m455-4f4j)`);
else console.log(`@trpc/server ${trpc} (floor 11.8.0): ok`);

const allow = JSON.parse(readFileSync('.ci/audit-allow.json', 'utf8'));
const today = new Date().toISOString().slice(0, 10);
let report = null;
try {
  report = JSON.parse(execFileSync('npm', ['audit', '--json', '--omit=dev'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
} catch (error) {
  // npm audit exits 1 when it finds advisories; its JSON is still on stdout.
  try {
    report = JSON.parse(error.stdout ?? '');
  } catch {
    report = null;
  }
}
if (!report || report.error || !report.vulnerabilities) {
  console.log(`npm audit: the registry gave no audit answer (${report?.error?.summary || report?.message || 'no JSON'}); advisories not checked in this run`);
} else {
  for (const [name, v] of Object.entries(report.vulnerabilities)) {
    if (v.severity !== 'high' && v.severity !== 'critical') continue;
    const allowed = allow.find((a) => a.package === name && a.until >= today);
    if (allowed) console.log(`npm audit: ${name} (${v.severity}) allowed until ${allowed.until}: ${allowed.reason}`);
    else failures.push(`npm audit: ${name} has a ${v.severity} advisory`);
  }
  if (failures.length === 0) console.log(`npm audit: no high or critical advisory past its window`);
}
if (failures.length > 0) {
  for (const f of failures) console.error(f);
  process.exit(1);
}
