/**
 * Dev stack CLI: `tsx tools/dev-stack/cli.ts up [--profile dev|test|e2e]`
 * Starts PostgreSQL and Redis, prints the URLs and keeps running until Ctrl-C.
 */
import { isProfile, type Profile } from './config';
import { StackError, startStack } from './index';

function usage(): never {
  process.stderr.write('Usage: tsx tools/dev-stack/cli.ts up [--profile dev|test|e2e]\n');
  process.exit(2);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const command = args[0] ?? 'up';
  if (command !== 'up') usage();
  let profile: Profile = 'dev';
  for (let i = 1; i < args.length; i++) {
    const arg = args[i];
    const value = arg.startsWith('--profile=') ? arg.slice('--profile='.length) : arg === '--profile' ? args[++i] : undefined;
    if (value === undefined) usage();
    if (!isProfile(value)) usage();
    profile = value;
  }

  const stack = await startStack({ profile });
  process.stdout.write(
    `\nInspraak dev stack is running (profile ${profile}).\n` +
      `  DATABASE_URL=${stack.databaseUrl}\n` +
      `  REDIS_URL=${stack.redisUrl}\n` +
      `Press Ctrl-C to stop.\n`,
  );

  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: stopping the stack ...\n`);
    stack.stop().then(
      () => {
        process.stdout.write('Stopped.\n');
        process.exit(0);
      },
      (err: Error) => {
        process.stderr.write(`Stopping failed: ${err.message}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('SIGHUP', onSignal);
  // Keep the process alive until a signal arrives.
  setInterval(() => undefined, 1 << 30);
}

main().catch((err: unknown) => {
  if (err instanceof StackError) process.stderr.write(`\n${err.message}\n`);
  else process.stderr.write(`\n${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
