import { describe, expect, it } from 'vitest';
import { createLastContactWriter, readLastContact } from './last-contact.ts';

function memoryStorage() {
  const items = new Map<string, string>();
  let writes = 0;
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      writes += 1;
      items.set(key, value);
    },
    writes: () => writes,
  };
}

describe('last contact', () => {
  it('is null until an answer was stored, then the stored time', () => {
    const storage = memoryStorage();
    expect(readLastContact(storage)).toBeNull();
    createLastContactWriter(storage)(1_700_000_000_000);
    expect(readLastContact(storage)).toBe(1_700_000_000_000);
  });

  it('writes at most every 5 s however many answers arrive', () => {
    const storage = memoryStorage();
    const remember = createLastContactWriter(storage);
    for (let at = 10_000; at < 20_000; at += 100) remember(at);
    expect(storage.writes()).toBe(2);
    expect(readLastContact(storage)).toBe(15_000);
  });

  it('ignores a stored value that is not a time', () => {
    const storage = memoryStorage();
    storage.setItem('ocore-monitor.last-contact', 'soon');
    expect(readLastContact(storage)).toBeNull();
  });
});
