import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

/**
 * One page setting kept in the URL (?name=value), read through `parse` so a hand-edited value
 * falls back to the default. Setting the default removes it; other parameters are kept.
 */
export function useSearchParam<T extends string | number>(
  name: string,
  parse: (text: string | null) => T,
  defaultValue: T,
): [T, (value: T, reset?: readonly string[]) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const value = parse(searchParams.get(name));
  const setValue = useCallback(
    // `reset` names parameters a change invalidates (a new filter starts again at page 1).
    (next: T, reset: readonly string[] = []) =>
      setSearchParams(
        (params) => {
          if (next === defaultValue) params.delete(name);
          else params.set(name, String(next));
          for (const other of reset) params.delete(other);
          return params;
        },
        { replace: true },
      ),
    [setSearchParams, name, defaultValue],
  );
  return [value, setValue];
}

/** A parser for one of a fixed set of words. */
export function oneOf<T extends string>(values: readonly T[], fallback: T) {
  return (text: string | null): T => (values.includes(text as T) ? (text as T) : fallback);
}

/** A parser for a whole number within bounds (or among `allowed`). */
export function wholeNumber(fallback: number, min: number, max: number, allowed?: number[]) {
  return (text: string | null): number => {
    const value = Number(text);
    if (text === null || !/^\d+$/.test(text) || value < min || value > max) return fallback;
    return allowed && !allowed.includes(value) ? fallback : value;
  };
}
