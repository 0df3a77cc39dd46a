#!/usr/bin/env node
// Plain Node, no dependencies: makes sure node_modules is installed and up to
// date with package-lock.json, then hands over to a TypeScript entry point via tsx.
//   node tools/start/bootstrap.mjs [start|test|stack|bench] [args...]
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const entries = {
  start: 'tools/start/start.ts',
  test: 'tools/test/run-all.ts',
  stack: 'tools/dev-stack/cli.ts',
  bench: 'tools/bench/run.ts',
};
const mode = process.argv[2] ?? 'start';
const entry = entries[mode];
if (!entry) {
  console.error(`Unknown mode "${mode}". Use one of: ${Object.keys(entries).join(', ')}`);
  process.exit(2);
}

const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);
const stamp = join(root, 'node_modules', '.inspraak-install-stamp');

function installReason() {
  if (!existsSync(join(root, 'node_modules'))) return 'node_modules is missing';
  const installedAt = Math.max(mtime(stamp), mtime(join(root, 'node_modules', '.package-lock.json')));
  if (installedAt === 0) return 'node_modules was not installed by npm';
  if (mtime(join(root, 'package-lock.json')) > installedAt) return 'package-lock.json is newer than node_modules';
  if (!existsSync(join(root, 'node_modules', 'tsx', 'package.json'))) return 'tsx is missing from node_modules';
  return undefined;
}

const reason = installReason();
if (reason) {
  console.log(`[bootstrap] ${reason}: running npm install ...`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['install', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`[bootstrap] npm install failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
  writeFileSync(stamp, new Date().toISOString() + '\n');
}

// One process: node with the tsx loader, so signals reach the TypeScript code directly.
const child = spawn(process.execPath, ['--import', 'tsx', join(root, entry), ...process.argv.slice(3)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NX_DAEMON: process.env.NX_DAEMON ?? 'false', NX_NO_CLOUD: process.env.NX_NO_CLOUD ?? 'true' },
});
// The child is in our process group and gets a terminal Ctrl-C itself; forward
// signals sent to this process alone (kill, npm). The child ignores repeats.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  });
}
child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 128 + (signal === 'SIGINT' ? 2 : 15) : 1));
});
