import { mkdirSync, readFileSync, writeFileSync, rmSync, existsSync, appendFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Repository root (this file lives in tools/dev-stack). */
export const REPO_ROOT = resolve(__dirname, '..', '..');
export const DATA_DIR = join(REPO_ROOT, '.data');
export const PG_DATA_DIR = join(DATA_DIR, 'postgres');
export const REDIS_DATA_DIR = join(DATA_DIR, 'redis');
export const REDIS_PID_FILE = join(REDIS_DATA_DIR, 'redis.pid');
export const RUN_DIR = join(DATA_DIR, 'run');
export const LOG_DIR = join(DATA_DIR, 'logs');

export function ensureDir(dir: string): void {
  mkdirSync(dir, { recursive: true });
}

export function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The program name of a running process (Linux /proc), or undefined. */
export function processName(pid: number): string | undefined {
  return readText(`/proc/${pid}/comm`)?.trim();
}

/** Owner files record which launcher process started a server, so a second launcher can share it. */
export interface OwnerRecord {
  pid: number;
  port: number;
  startedAt: string;
}

export function ownerFile(service: 'postgres' | 'redis'): string {
  return join(RUN_DIR, `${service}.owner.json`);
}

export function readOwner(service: 'postgres' | 'redis'): OwnerRecord | undefined {
  const text = readText(ownerFile(service));
  if (!text) return undefined;
  try {
    return JSON.parse(text) as OwnerRecord;
  } catch {
    return undefined;
  }
}

export function writeOwner(service: 'postgres' | 'redis', port: number): void {
  ensureDir(RUN_DIR);
  const record: OwnerRecord = { pid: process.pid, port, startedAt: new Date().toISOString() };
  writeFileSync(ownerFile(service), JSON.stringify(record));
}

export function clearOwner(service: 'postgres' | 'redis'): void {
  const record = readOwner(service);
  if (record && record.pid === process.pid) rmSync(ownerFile(service), { force: true });
}

export function logTo(file: string): (message: string) => void {
  ensureDir(LOG_DIR);
  const path = join(LOG_DIR, file);
  return (message: string) => {
    try {
      appendFileSync(path, message.endsWith('\n') ? message : `${message}\n`);
    } catch {
      /* logging must never break the launcher */
    }
  };
}

export { existsSync };
