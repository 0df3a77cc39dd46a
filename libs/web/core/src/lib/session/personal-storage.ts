/**
 * localStorage keys that hold one person's unfinished work (such as a
 * survey's unsent answers) start with this. Logging out removes them all, so
 * the next person on a shared device does not find them.
 */
export const PERSONAL_STORAGE_PREFIX = 'inspraak.personal.';

/** localStorage, or null where the browser refuses it (private mode, disabled storage). */
export function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Removes every key under `prefix` (by default: everything personal). */
export function clearPersonalStorage(
  storage: Storage | null = safeLocalStorage(),
  prefix = PERSONAL_STORAGE_PREFIX,
): void {
  try {
    if (!storage) return;
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
  } catch {
    // Storage disabled: there is nothing to remove.
  }
}
