/** Rejects when the promise has not settled within `ms`; used wherever waiting for Redis must not hold up a request. */
export function withTimeout<T>(
  promise: Promise<T>,
  ms: number,
  what = 'operation',
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} did not answer within ${ms} ms`)),
      ms,
    );
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
