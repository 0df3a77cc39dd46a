/**
 * The demo starts empty (the directory and the six logins only, no pool,
 * trajectories, surveys or procedures) with `seed-demo --empty` or
 * INSPRAAK_DEMO=empty; otherwise it gets its content.
 */
export function demoWantedEmpty(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): boolean {
  return (
    args.includes('--empty') ||
    env['INSPRAAK_DEMO']?.trim().toLowerCase() === 'empty'
  );
}
