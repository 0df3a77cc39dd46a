/**
 * `npm test`: setup → lint → typecheck → unit → integration → e2e, then a
 * summary table and, as the very last line, `N passed, N failed`.
 *
 *   node tools/start/bootstrap.mjs test [--only lint,typecheck,unit,integration,e2e]
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import {
  StackError,
  startStack,
  type Profile,
  type Stack,
} from '../dev-stack/index';
import { ensureDebianPackage } from '../dev-stack/redis';
import { REPO_ROOT } from '../dev-stack/paths';
import { parsePort } from '../dev-stack/config';
import { MINIMAL_INTEGRATION_CONFIG } from './minimal-integration-config';
import { startMailCatcher, type MailCatcher } from './mail-catcher';
import {
  NX_ENV,
  apiCli,
  buildApps,
  killAllChildren,
  killTree,
  run,
  startApps,
  type RunningApps,
} from '../start/processes';

type StepName = 'setup' | 'lint' | 'typecheck' | 'unit' | 'integration' | 'e2e';
const ALL_STEPS: StepName[] = [
  'setup',
  'lint',
  'typecheck',
  'unit',
  'integration',
  'e2e',
];

interface StepResult {
  name: StepName;
  passed: number;
  failed: number;
  seconds: number;
  note: string;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;

const RESULTS_DIR = join(REPO_ROOT, 'tmp', 'test-results');
/*
 * Time policy. CI gives `bash .ci/run` 90 minutes on a fresh machine, and a busy machine makes the
 * run slow, not wrong. So nothing here stops a step for being slow: no step has a cap of its own and
 * no test runner gets a global timeout. The one limit is RUN_LIMIT_MS, 90 minutes from this runner's
 * start, which is later than CI's own 90 minutes (CI counts from before the install): in CI a hung
 * run is stopped by CI; outside CI the limit stops a hung step and still prints the summary and the
 * last line. Per-test timeouts are in the test configs (minutes, see jest.preset.js,
 * jest.integration.config.ts, apps/web-e2e/playwright.config.ts).
 */
const RUN_LIMIT_MS = 90 * 60_000;
const startedAt = Date.now();
/** Time left until RUN_LIMIT_MS; at least a second, so a step started just before the limit still has a timer. */
const untilLimit = () =>
  Math.max(1_000, RUN_LIMIT_MS - (Date.now() - startedAt));
const pastLimit = () => Date.now() - startedAt >= RUN_LIMIT_MS;

const say = (message: string) => process.stdout.write(`\n[test] ${message}\n`);

// Things to stop on Ctrl-C or on a crash.
const cleanups = new Set<() => Promise<void>>();
let interrupted = false;

/** Runs a command, showing its output live and returning it as text too. */
function runCapture(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
  timeoutMs?: number,
): Promise<{ code: number; output: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: REPO_ROOT,
      env: { ...process.env, ...NX_ENV, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    let timedOut = false;
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      process.stdout.write(chunk);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const kill = () => killTree(child, 'SIGTERM');
    const cleanup = async () => kill();
    cleanups.add(cleanup);
    const timer = timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          process.stdout.write(
            `\n[test] ${command} ${args.join(' ')} reached the run limit; stopping it.\n`,
          );
          kill();
          setTimeout(() => killTree(child, 'SIGKILL'), 5000).unref();
        }, timeoutMs)
      : undefined;
    child.on('error', (err) => {
      output += `\n${err.message}`;
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      cleanups.delete(cleanup);
      resolve({ code: code ?? (signal ? 1 : 0), output, timedOut });
    });
  });
}

interface GraphNode {
  name: string;
  data: { root: string; targets?: Record<string, unknown> };
}

async function projectGraph(): Promise<GraphNode[]> {
  const file = join(RESULTS_DIR, 'project-graph.json');
  rmSync(file, { force: true });
  const result = spawnSync('npx', ['nx', 'graph', `--file=${file}`], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...NX_ENV },
    encoding: 'utf8',
    timeout: untilLimit(),
  });
  if (result.status !== 0 || !existsSync(file)) {
    throw new Error(
      `nx graph failed: ${(result.stderr || result.stdout || '').slice(-2000)}`,
    );
  }
  const graph = JSON.parse(readFileSync(file, 'utf8')) as {
    graph: { nodes: Record<string, GraphNode> };
  };
  return Object.values(graph.graph.nodes).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
}

/** Parses the "Failed tasks:" list of an nx run-many for a target. */
export function failedProjects(output: string, target: string): Set<string> {
  const failed = new Set<string>();
  const clean = output.replace(ANSI, '');
  const index = clean.lastIndexOf('Failed tasks:');
  if (index < 0) return failed;
  for (const line of clean.slice(index).split('\n').slice(1)) {
    const match = /^\s*-\s+(\S+)\s*$/.exec(line);
    if (!match) {
      if (line.trim() === '') continue;
      break;
    }
    const task = match[1];
    const suffix = `:${target}`;
    failed.add(
      task.endsWith(suffix)
        ? task.slice(0, -suffix.length)
        : task.split(':')[0],
    );
  }
  return failed;
}

/** Runs one nx target over the given projects; one test per project. */
async function nxPerProject(
  target: string,
  projects: string[],
  timeoutMs: number,
): Promise<{ passed: string[]; failed: string[] }> {
  if (projects.length === 0) return { passed: [], failed: [] };
  const result = await runCapture(
    'npx',
    ['nx', 'run-many', '-t', target, '-p', ...projects, '--outputStyle=static'],
    {},
    timeoutMs,
  );
  if (result.code === 0 && !result.timedOut)
    return { passed: projects, failed: [] };
  const failed = failedProjects(result.output, target);
  if (failed.size === 0 || result.timedOut)
    return { passed: [], failed: projects }; // crashed: count all
  return {
    passed: projects.filter((p) => !failed.has(p)),
    failed: projects.filter((p) => failed.has(p)),
  };
}

async function stepSetup(): Promise<Omit<StepResult, 'name' | 'seconds'>> {
  const problems: string[] = [];
  const ensure = (pkg: string, binary: string, hint: string) => {
    try {
      ensureDebianPackage(pkg, binary, hint);
    } catch (err) {
      problems.push((err as Error).message);
    }
  };
  ensure(
    'redis-server',
    'redis-server',
    'Or set REDIS_URL to an existing Redis.',
  );
  ensure('chromium', 'chromium', 'The browser tests use /usr/bin/chromium.');
  ensure(
    'libreoffice-writer-nogui',
    'soffice',
    'The procedure tests check that generated letters open in LibreOffice.',
  );
  const composeV2 =
    spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' }).status ===
    0;
  if (!composeV2)
    ensure(
      'docker-compose',
      'docker-compose',
      'Needed to validate docker/docker-compose.yml.',
    );
  if (!existsSync('/usr/bin/chromium'))
    problems.push('/usr/bin/chromium is missing.');
  for (const p of problems) process.stdout.write(`[test] setup: ${p}\n`);
  return {
    passed: problems.length === 0 ? 1 : 0,
    failed: problems.length,
    note: problems.length
      ? problems[0].split('\n')[0]
      : 'node_modules, redis-server, chromium, libreoffice',
  };
}

async function stepLint(nodes: GraphNode[]) {
  const byTarget = new Map<string, string[]>();
  for (const node of nodes) {
    const targets = node.data.targets ?? {};
    const target =
      'lint' in targets
        ? 'lint'
        : 'eslint:lint' in targets
          ? 'eslint:lint'
          : undefined;
    if (!target) continue;
    byTarget.set(target, [...(byTarget.get(target) ?? []), node.name]);
  }
  let passed: string[] = [];
  let failed: string[] = [];
  for (const [target, projects] of byTarget) {
    const r = await nxPerProject(target, projects, untilLimit());
    passed = passed.concat(r.passed);
    failed = failed.concat(r.failed);
  }
  return {
    passed: passed.length,
    failed: Math.max(
      failed.length,
      passed.length + failed.length === 0 ? 1 : 0,
    ),
    note: failed.length
      ? `failed: ${failed.join(', ')}`
      : `${passed.length} projects`,
  };
}

async function stepTypecheck(nodes: GraphNode[]) {
  const withTarget = nodes
    .filter((n) => 'typecheck' in (n.data.targets ?? {}))
    .map((n) => n.name);
  const r = await nxPerProject('typecheck', withTarget, untilLimit());
  const passed = [...r.passed];
  const failed = [...r.failed];
  // Projects without a typecheck target: tsc --noEmit over their tsconfig.app/lib/spec.json.
  for (const node of nodes.filter((n) => !withTarget.includes(n.name))) {
    const configs = [
      'tsconfig.app.json',
      'tsconfig.lib.json',
      'tsconfig.spec.json',
    ]
      .map((f) => join(node.data.root, f))
      .filter((f) => existsSync(join(REPO_ROOT, f)));
    if (configs.length === 0) continue;
    let ok = true;
    for (const config of configs) {
      process.stdout.write(`[test] tsc --noEmit -p ${config}\n`);
      const result = await run('npx', ['tsc', '--noEmit', '-p', config], {
        timeoutMs: untilLimit(),
        label: `tsc ${config}`,
      });
      if (result.code !== 0) ok = false;
    }
    (ok ? passed : failed).push(node.name);
  }
  return {
    passed: passed.length,
    failed: Math.max(
      failed.length,
      passed.length + failed.length === 0 ? 1 : 0,
    ),
    note: failed.length
      ? `failed: ${failed.join(', ')}`
      : `${passed.length} projects`,
  };
}

interface JestJson {
  numPassedTests: number;
  numFailedTests: number;
  numTotalTests: number;
  numRuntimeErrorTestSuites?: number;
  numFailedTestSuites?: number;
}

async function jestStep(
  config: string,
  outFile: string,
  extraArgs: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
) {
  rmSync(outFile, { force: true });
  const result = await run(
    'npx',
    [
      'jest',
      '-c',
      config,
      '--ci',
      '--json',
      `--outputFile=${outFile}`,
      ...extraArgs,
    ],
    {
      env,
      timeoutMs,
      label: `jest ${config}`,
    },
  );
  if (!existsSync(outFile))
    return {
      passed: 0,
      failed: 1,
      note: `jest wrote no results (exit ${result.code})`,
    };
  const json = JSON.parse(readFileSync(outFile, 'utf8')) as JestJson;
  let failed = json.numFailedTests + (json.numRuntimeErrorTestSuites ?? 0);
  const passed = json.numPassedTests;
  let note = `${json.numTotalTests} tests`;
  if (result.timedOut) {
    failed = Math.max(failed, 1);
    note = 'stopped at the run limit';
  } else if (result.code !== 0 && failed === 0) {
    failed = 1;
    note = `jest exited ${result.code}`;
  }
  if (passed + failed === 0) {
    failed = 1;
    note = 'no tests ran';
  }
  return { passed, failed, note };
}

async function stepUnit() {
  return jestStep(
    'jest.config.ts',
    join(RESULTS_DIR, 'unit.json'),
    [],
    {},
    untilLimit(),
  );
}

async function withStack<T>(
  profile: Profile,
  body: (stack: Stack) => Promise<T>,
): Promise<T> {
  const stack = await startStack({
    profile,
    log: (m) => process.stdout.write(`[stack:${profile}] ${m}\n`),
  });
  const cleanup = () => stack.stop();
  cleanups.add(cleanup);
  try {
    return await body(stack);
  } finally {
    cleanups.delete(cleanup);
    await stack
      .stop()
      .catch((err: Error) =>
        process.stdout.write(
          `[test] stopping the ${profile} stack: ${err.message}\n`,
        ),
      );
  }
}

function ensureIntegrationConfig(): void {
  const file = join(REPO_ROOT, 'jest.integration.config.ts');
  if (existsSync(file)) return;
  process.stdout.write(
    '[test] jest.integration.config.ts is missing: writing a minimal one.\n',
  );
  writeFileSync(file, MINIMAL_INTEGRATION_CONFIG);
}

async function stepIntegration() {
  ensureIntegrationConfig();
  return withStack('test', (stack) =>
    jestStep(
      'jest.integration.config.ts',
      join(RESULTS_DIR, 'integration.json'),
      ['--runInBand'],
      {
        DATABASE_URL: stack.databaseUrl,
        REDIS_URL: stack.redisUrl,
        NODE_ENV: 'test',
      },
      untilLimit(),
    ),
  );
}

interface PlaywrightJson {
  stats?: {
    expected?: number;
    unexpected?: number;
    flaky?: number;
    skipped?: number;
  };
  errors?: unknown[];
}

async function stepE2e() {
  say('e2e: building api, worker and web ...');
  const build = await buildApps(untilLimit());
  if (build.code !== 0)
    return { passed: 0, failed: 1, note: `build failed (exit ${build.code})` };
  const port = parsePort(process.env.E2E_PORT, 'E2E_PORT', 3100);
  return withStack('e2e', async (stack) => {
    // Mail goes to a real SMTP server whose file the tests read (one-time links); the development outbox never keeps one.
    mkdirSync(RESULTS_DIR, { recursive: true });
    const mail = await startMailCatcher(join(RESULTS_DIR, 'e2e-mail.jsonl'));
    const closeMail = () => mail.close();
    cleanups.add(closeMail);
    try {
      return await e2eWithMail(stack, port, mail);
    } finally {
      cleanups.delete(closeMail);
      await mail.close();
    }
  });
}

async function e2eWithMail(stack: Stack, port: number, mail: MailCatcher) {
  // Request logs of every click would bury the test report; warnings and errors still show.
  const options = {
    databaseUrl: stack.databaseUrl,
    redisUrl: stack.redisUrl,
    port,
    extraEnv: { LOG_LEVEL: 'warn', SMTP_URL: mail.url },
  };
  // The API and worker log everything (debug) to a file, which the last browser test searches for
  // secrets (apps/web-e2e/src/request-log.check.ts); the terminal shows only their warnings and errors.
  const appLog = join(RESULTS_DIR, 'e2e-app.log');
  rmSync(appLog, { force: true });
  const migrate = await apiCli('migrate', options, untilLimit());
  if (migrate.code !== 0)
    return {
      passed: 0,
      failed: 1,
      note: `migrate failed (exit ${migrate.code})`,
    };
  // The browser tests start from the six demo logins in an otherwise empty organisation (no demo content):
  // each test makes the data it needs, so the demo's pool, trajectories and surveys cannot change what they see.
  const seed = await apiCli(
    'seed-demo',
    { ...options, extraEnv: { ...options.extraEnv, INSPRAAK_DEMO: 'empty' } },
    untilLimit(),
  );
  if (seed.code !== 0)
    return {
      passed: 0,
      failed: 1,
      note: `seed-demo failed (exit ${seed.code})`,
    };
  let apps: RunningApps;
  try {
    apps = await startApps(
      {
        ...options,
        extraEnv: { ...options.extraEnv, LOG_LEVEL: 'debug' },
        logFile: appLog,
      },
      untilLimit(),
    );
  } catch (err) {
    return {
      passed: 0,
      failed: 1,
      note: (err as Error).message.split('\n')[0],
    };
  }
  const cleanup = () => apps.stop();
  cleanups.add(cleanup);
  try {
    const outFile = join(RESULTS_DIR, 'e2e.json');
    rmSync(outFile, { force: true });
    const result = await run(
      'npx',
      [
        'playwright',
        'test',
        '-c',
        'apps/web-e2e/playwright.config.ts',
        '--reporter=json',
        ...e2eFileFilters(),
      ],
      {
        // REDIS_URL lets a test run one of the worker's scheduled jobs now (apps/web-e2e/src/support/worker-jobs.ts);
        // DATABASE_URL lets a test run the built API's command line as an operator would (apps/web-e2e/src/support/cli.ts).
        env: {
          BASE_URL: `http://localhost:${port}`,
          REDIS_URL: stack.redisUrl,
          DATABASE_URL: stack.databaseUrl,
          // The mail the app sent (apps/web-e2e/src/support/mail.ts); the command line mails through the same server.
          E2E_MAIL_FILE: mail.file,
          // The API's and worker's log of this run (apps/web-e2e/src/request-log.check.ts).
          E2E_APP_LOG: appLog,
          SMTP_URL: mail.url,
          PLAYWRIGHT_JSON_OUTPUT_NAME: outFile,
        },
        timeoutMs: untilLimit(),
        label: 'playwright',
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    if (!existsSync(outFile))
      return {
        passed: 0,
        failed: 1,
        note: `playwright wrote no results (exit ${result.code})`,
      };
    const json = JSON.parse(readFileSync(outFile, 'utf8')) as PlaywrightJson;
    const passed = (json.stats?.expected ?? 0) + (json.stats?.flaky ?? 0);
    let failed = json.stats?.unexpected ?? 0;
    let note = `${passed + failed} tests, ${json.stats?.skipped ?? 0} skipped`;
    if (json.errors?.length) {
      failed = Math.max(failed, 1);
      note = `errors: ${JSON.stringify(json.errors[0]).slice(0, 120)}`;
    }
    if (result.code !== 0 && failed === 0) {
      failed = 1;
      note = `playwright exited ${result.code}`;
    }
    if (passed + failed === 0) {
      failed = 1;
      note = 'no tests ran';
    }
    printPlaywrightFailures(json);
    return { passed, failed, note };
  } finally {
    cleanups.delete(cleanup);
    await apps
      .stop()
      .catch((err: Error) =>
        process.stdout.write(`[test] stopping the apps: ${err.message}\n`),
      );
  }
}

function printPlaywrightFailures(json: unknown): void {
  // The JSON reporter prints nothing; list failed tests so the log says what broke.
  const walk = (
    suite: {
      title?: string;
      specs?: Array<{
        title: string;
        ok: boolean;
        file?: string;
        tests?: Array<{ results?: Array<{ error?: { message?: string } }> }>;
      }>;
      suites?: unknown[];
    },
    path: string[],
  ) => {
    for (const spec of suite.specs ?? []) {
      const title = [...path, spec.title].filter(Boolean).join(' › ');
      if (spec.ok) process.stdout.write(`  ✓ ${title}\n`);
      else {
        const message = spec.tests?.[0]?.results?.[0]?.error?.message ?? '';
        process.stdout.write(
          `  ✗ ${title}\n    ${message.replace(ANSI, '').split('\n').slice(0, 6).join('\n    ')}\n`,
        );
      }
    }
    for (const child of (suite.suites ?? []) as (typeof suite)[])
      walk(child, [...path, child.title ?? '']);
  };
  for (const suite of ((json as { suites?: unknown[] }).suites ??
    []) as Parameters<typeof walk>[0][])
    walk(suite, [suite.title ?? '']);
}

function printSummary(results: StepResult[]): void {
  const rows = results.map((r) => [
    r.name,
    String(r.passed),
    String(r.failed),
    `${r.seconds}s`,
    r.note,
  ]);
  const header = ['step', 'passed', 'failed', 'time', 'note'];
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => row[i].length)),
  );
  const fmt = (row: string[]) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i])))
      .join('  ');
  process.stdout.write(
    `\n${fmt(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`,
  );
  for (const row of rows) process.stdout.write(`${fmt(row)}\n`);
}

/**
 * Browser test files named on the command line (`npm run test:e2e -- roles mobile`):
 * the words that are neither options nor the value of `--only`. None: all of them.
 */
function e2eFileFilters(): string[] {
  const args = process.argv.slice(2);
  return args.filter(
    (arg, index) => !arg.startsWith('--') && args[index - 1] !== '--only',
  );
}

async function main(): Promise<void> {
  const onlyArg =
    process.argv
      .find((a) => a.startsWith('--only='))
      ?.slice('--only='.length) ??
    (process.argv.includes('--only')
      ? process.argv[process.argv.indexOf('--only') + 1]
      : undefined);
  const selected = onlyArg
    ? (onlyArg.split(',').map((s) => s.trim()) as StepName[])
    : ALL_STEPS;
  for (const s of selected)
    if (!ALL_STEPS.includes(s))
      throw new Error(`Unknown step ${s}; steps: ${ALL_STEPS.join(', ')}`);
  mkdirSync(RESULTS_DIR, { recursive: true });

  const results: StepResult[] = [];
  let nodes: GraphNode[] | undefined;
  const graph = async () => (nodes ??= await projectGraph());

  const steps: Record<
    StepName,
    () => Promise<Omit<StepResult, 'name' | 'seconds'>>
  > = {
    setup: stepSetup,
    lint: async () => stepLint(await graph()),
    typecheck: async () => stepTypecheck(await graph()),
    unit: stepUnit,
    integration: stepIntegration,
    e2e: stepE2e,
  };

  for (const name of ALL_STEPS.filter((s) => selected.includes(s))) {
    if (interrupted) break;
    if (pastLimit()) {
      results.push({
        name,
        passed: 0,
        failed: 1,
        seconds: 0,
        note: `not started: the run passed its ${RUN_LIMIT_MS / 60_000}-minute limit`,
      });
      continue;
    }
    say(`=== ${name} ===`);
    const t0 = Date.now();
    let result: Omit<StepResult, 'name' | 'seconds'>;
    try {
      result = await steps[name]();
    } catch (err) {
      const message =
        err instanceof StackError
          ? err.message
          : err instanceof Error
            ? (err.stack ?? err.message)
            : String(err);
      process.stdout.write(`[test] step ${name} crashed: ${message}\n`);
      result = {
        passed: 0,
        failed: 1,
        note: `crashed: ${message.split('\n')[0].slice(0, 100)}`,
      };
    }
    if (result.passed + result.failed === 0)
      result = { ...result, failed: 1, note: 'no tests' };
    results.push({
      name,
      ...result,
      seconds: Math.round((Date.now() - t0) / 1000),
    });
  }
  if (interrupted)
    results.push({
      name: 'e2e',
      passed: 0,
      failed: 1,
      seconds: 0,
      note: 'interrupted',
    });

  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  printSummary(results);
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  process.exit(failed > 0 ? 1 : 0);
}

async function stopEverything(): Promise<void> {
  killAllChildren('SIGTERM');
  for (const cleanup of [...cleanups].reverse())
    await cleanup().catch(() => undefined);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    process.stdout.write(`\n[test] ${signal}: stopping ...\n`);
    void stopEverything().then(() => {
      process.stdout.write('0 passed, 1 failed\n');
      process.exit(130);
    });
  });
}

main().catch(async (err: unknown) => {
  process.stdout.write(
    `[test] runner crashed: ${err instanceof Error ? err.stack : String(err)}\n`,
  );
  await stopEverything();
  process.stdout.write('0 passed, 1 failed\n');
  process.exit(1);
});
