import { describe, expect, it } from 'vitest';
import {
  readFields,
  toBoolean,
  toCount,
  toEpochMs,
  toId,
  toNumberOrNull,
  toPercent,
  toStatus,
  toText,
} from './wire-values.ts';

describe('toNumberOrNull', () => {
  it('accepts numbers and numeric strings', () => {
    expect(toNumberOrNull(42.5)).toBe(42.5);
    expect(toNumberOrNull(' 17 ')).toBe(17);
    expect(toNumberOrNull('-3.5e2')).toBe(-350);
    expect(toNumberOrNull('.5')).toBe(0.5);
  });

  it('turns everything else into null', () => {
    for (const bad of [
      null,
      undefined,
      NaN,
      Infinity,
      -Infinity,
      'NaN',
      'Infinity',
      '',
      ' ',
      '12%',
      '0x1f',
      true,
      {},
      [],
    ]) {
      expect(toNumberOrNull(bad)).toBeNull();
    }
  });
});

describe('toEpochMs', () => {
  const noon = Date.UTC(2025, 5, 1, 12, 0, 0);

  it('reads ISO strings, zone-less ones as UTC', () => {
    expect(toEpochMs('2025-06-01T12:00:00Z')).toBe(noon);
    expect(toEpochMs('2025-06-01T14:00:00+02:00')).toBe(noon);
    expect(toEpochMs('2025-06-01T12:00:00')).toBe(noon);
    expect(toEpochMs('2025-06-01 12:00:00')).toBe(noon);
    expect(toEpochMs('2025-06-01T12:00:00.123456Z')).toBe(noon + 123);
  });

  it('reads epoch seconds and milliseconds, as numbers or strings', () => {
    expect(toEpochMs(noon / 1000)).toBe(noon);
    expect(toEpochMs(noon)).toBe(noon);
    expect(toEpochMs(String(noon / 1000))).toBe(noon);
    expect(toEpochMs(noon / 1000 + 0.25)).toBe(noon + 250);
  });

  it('rejects garbage and moments no monitoring data can have', () => {
    for (const bad of [
      null,
      undefined,
      '',
      'yesterday',
      NaN,
      0,
      -1,
      1e18,
      '9999-01-01T00:00:00Z',
      {},
    ]) {
      expect(toEpochMs(bad)).toBeNull();
    }
  });
});

describe('readFields', () => {
  const readers = {
    load: toNumberOrNull,
    bytes: toCount,
    percent: toPercent,
    at: toEpochMs,
    name: toText,
    status: toStatus,
    enabled: toBoolean,
  };

  it('fills missing keys with null, empty text or false', () => {
    expect(readFields({}, readers)).toEqual({
      load: null,
      bytes: null,
      percent: null,
      at: null,
      name: '',
      status: '',
      enabled: false,
    });
  });

  it('coerces and bounds what arrives, and leaves unknown fields behind', () => {
    expect(
      readFields(
        {
          load: '1.5',
          bytes: -10,
          percent: '250',
          at: '2025-06-01T12:00:00Z',
          name: null,
          status: ' Active ',
          enabled: 'true',
          ignored: { deep: true },
        },
        readers,
      ),
    ).toEqual({
      load: 1.5,
      bytes: null,
      percent: null,
      at: Date.UTC(2025, 5, 1, 12),
      name: '',
      status: 'active',
      enabled: true,
    });
  });
});

describe('toId', () => {
  it('keeps trimmed text and finite numbers as text', () => {
    expect(toId(' srv-1 ')).toBe('srv-1');
    expect(toId(7)).toBe('7');
  });

  it('has no id for empty text, non-finite numbers or anything else', () => {
    for (const bad of [undefined, null, '', '  ', Number.NaN, Infinity, {}, ['a'], true]) {
      expect(toId(bad)).toBeNull();
    }
  });
});
