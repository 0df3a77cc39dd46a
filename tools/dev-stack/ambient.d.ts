declare module 'async-exit-hook' {
  const hook: { unhookEvent(event: string): void; hookedEvents(): string[] };
  export = hook;
}
