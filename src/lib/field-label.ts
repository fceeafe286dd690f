// Labels and units for metric fields the API did not document, derived from their wire names.
export type FieldUnit = 'bytes' | 'percent' | 'ms' | 'seconds' | 'count' | 'rate' | 'none';

const ACRONYMS = new Set(
  'api cpu db dns gc http https id io ip os ram rx sql ssh ssl tcp tls tx udp url'.split(' '),
);
const PROPER_NOUNS = new Map([
  ['odoo', 'Odoo'],
  ['postgres', 'Postgres'],
]);

type UnitWord = { unit: FieldUnit; suffix: string };
const BYTES: UnitWord = { unit: 'bytes', suffix: '(bytes)' };
const PERCENT: UnitWord = { unit: 'percent', suffix: '(%)' };
const MS: UnitWord = { unit: 'ms', suffix: '(ms)' };
const SECONDS: UnitWord = { unit: 'seconds', suffix: '(s)' };
const COUNT: UnitWord = { unit: 'count', suffix: '(count)' };

/** Trailing words that name a unit. A Map, so names like "constructor" are just words. */
const UNIT_WORDS = new Map<string, UnitWord>([
  ['bytes', BYTES],
  ['percent', PERCENT],
  ['percentage', PERCENT],
  ['pct', PERCENT],
  ['ms', MS],
  ['millis', MS],
  ['milliseconds', MS],
  ['seconds', SECONDS],
  ['secs', SECONDS],
  ['count', COUNT],
]);
const PER_SECOND = new Set(['second', 'sec', 's']);

/** "httpResponseMs" → ["http", "response", "ms"]; also splits snake_case and kebab-case. */
function words(name: string): string[] {
  const raw = name.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+[a-z]*/g) ?? [];
  const result: string[] = [];
  for (const word of raw) {
    const lower = word.toLowerCase();
    const previous = result[result.length - 1];
    // "p95" splits as "p" + "95"; a lone letter belongs with the number after it.
    if (/^\d/.test(lower) && previous?.length === 1) result[result.length - 1] = previous + lower;
    else result.push(lower);
  }
  return result;
}

function isPerSecond(parts: readonly string[]): boolean {
  const n = parts.length;
  return n >= 2 && parts[n - 2] === 'per' && PER_SECOND.has(parts[n - 1]);
}

/** The unit a field's name declares, to pick a formatter; 'rate' means "per second". */
export function fieldUnit(name: string): FieldUnit {
  const parts = words(name);
  if (isPerSecond(parts)) return 'rate';
  return UNIT_WORDS.get(parts[parts.length - 1])?.unit ?? 'none';
}

/** An operator label from a wire name: "dbSizeBytes" → "DB size (bytes)". */
export function fieldLabel(name: string): string {
  const parts = words(name);
  if (parts.length === 0) return name.trim();
  const unit = isPerSecond(parts) ? undefined : UNIT_WORDS.get(parts[parts.length - 1]);
  // A name that is only a unit ("bytes") keeps it as its label.
  const labelWords = unit && parts.length > 1 ? parts.slice(0, -1) : parts;
  const text = labelWords
    .map((word, i) => {
      if (ACRONYMS.has(word)) return word.toUpperCase();
      const proper = PROPER_NOUNS.get(word);
      if (proper) return proper;
      return i === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word;
    })
    .join(' ');
  return unit && parts.length > 1 ? `${text} ${unit.suffix}` : text;
}
