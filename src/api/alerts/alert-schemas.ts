// Tolerant readers for the alert endpoints. The event object is undocumented: each known meaning
// is read from the first alias present, and every field left over is kept as a detail.
import { isRecord, toBoolean, toEpochMs, toNumberInRange, toText } from '../schemas/wire-values.ts';
import {
  alertSeverity,
  type AlertEvent,
  type AlertEventsPage,
  type AlertRuleSummary,
} from '../../model/alerts.ts';

const ALIASES = {
  id: ['id', 'eventId', 'event_id', 'uuid'],
  title: ['ruleName', 'rule_name', 'title', 'name', 'alertName', 'alert_name', 'summary'],
  severity: ['severity', 'level', 'priority'],
  resourceType: ['resourceType', 'resource_type'],
  resourceId: ['resourceId', 'resource_id', 'serverId', 'server_id', 'instanceId', 'instance_id'],
  resourceName: ['resourceName', 'resource_name', 'serverName', 'instanceName', 'resource'],
  message: ['message', 'description', 'body', 'text'],
  triggeredAt: ['triggeredAt', 'triggered_at', 'createdAt', 'created_at', 'firedAt', 'startsAt'],
  resolvedAt: ['resolvedAt', 'resolved_at', 'endsAt'],
  resolved: ['resolved', 'isResolved', 'is_resolved'],
} as const;

const MAX_TEXT = 2_000;
const MAX_DETAILS = 40;

type Wire = Record<string, unknown>;

/** The first alias whose value is usable by `read`; marks it used so it is not a detail too. */
function pick<T>(
  wire: Wire,
  names: readonly string[],
  used: Set<string>,
  read: (value: unknown) => T | null,
): { name: string; value: T } | null {
  for (const name of names) {
    if (!Object.hasOwn(wire, name)) continue;
    // An explicit null means "none", not an extra field worth showing.
    if (wire[name] === null) used.add(name);
    const value = read(wire[name]);
    if (value === null) continue;
    used.add(name);
    return { name, value };
  }
  return null;
}

const text = (value: unknown) => {
  const result = toText(value).trim();
  return result === '' ? null : cap(result);
};
const time = (value: unknown) => toEpochMs(value);
const flag = (value: unknown) =>
  typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string'
    ? toBoolean(value)
    : null;

function cap(value: string): string {
  return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value;
}

function detailText(value: unknown): string {
  if (typeof value === 'string') return cap(value);
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  try {
    return cap(JSON.stringify(value) ?? String(value));
  } catch {
    return '(unreadable)';
  }
}

function resourceTypeOf(wire: Wire, used: Set<string>, idField: string | undefined) {
  const declared = pick(wire, ALIASES.resourceType, used, text)?.value.toLowerCase();
  if (declared === 'server' || declared === 'instance') return declared;
  if (idField?.startsWith('server')) return 'server';
  if (idField?.startsWith('instance')) return 'instance';
  return null;
}

/** Any value as an alert event: an object by its aliases, anything else as a single detail. */
export function parseAlertEvent(input: unknown): AlertEvent {
  const wire: Wire = isRecord(input) ? input : { value: input };
  const used = new Set<string>();
  const id = pick(wire, ALIASES.id, used, text)?.value ?? null;
  const message = pick(wire, ALIASES.message, used, text)?.value ?? '';
  const title = pick(wire, ALIASES.title, used, text)?.value ?? (message || 'Alert');
  const severityText = pick(wire, ALIASES.severity, used, text)?.value ?? '';
  const resource = pick(wire, ALIASES.resourceId, used, text);
  const resourceName = pick(wire, ALIASES.resourceName, used, text)?.value ?? '';
  const triggeredAt = pick(wire, ALIASES.triggeredAt, used, time)?.value ?? null;
  const resolvedAt = pick(wire, ALIASES.resolvedAt, used, time)?.value ?? null;
  const resolvedFlag = pick(wire, ALIASES.resolved, used, flag)?.value;
  const resourceType = resourceTypeOf(wire, used, resource?.name);
  const details = Object.entries(wire)
    .filter(([name]) => !used.has(name))
    .slice(0, MAX_DETAILS)
    .map(([name, value]) => [name, detailText(value)] as const);
  return {
    id,
    title,
    severity: alertSeverity(severityText),
    severityText,
    resourceType,
    resourceId: resource?.value ?? null,
    resourceName,
    message: message === title ? '' : message,
    triggeredAt,
    resolvedAt,
    resolved: resolvedFlag ?? resolvedAt !== null,
    details,
  };
}

/** `{events, page, perPage, total}`, also bare arrays and `items`/`data`/`per_page` spellings. */
export function parseAlertEventsPage(
  json: unknown,
  requested: { page: number; perPage: number },
): AlertEventsPage {
  const body: Wire = Array.isArray(json) ? { events: json } : isRecord(json) ? json : {};
  const list = [body.events, body.items, body.data, body.alerts].find(Array.isArray);
  if (!list) throw new Error('expected an "events" array');
  const count = (value: unknown) => toNumberInRange(value, 0, Number.MAX_SAFE_INTEGER);
  return {
    events: list.map(parseAlertEvent),
    page: count(body.page) ?? requested.page,
    perPage: count(body.perPage ?? body.per_page ?? body.pageSize) || requested.perPage,
    total: count(body.total ?? body.totalCount ?? body.count),
  };
}

/** `{count}` or a bare number: the number of unresolved events. */
export function parseAlertCount(json: unknown): number {
  const value = isRecord(json) ? (json.count ?? json.total ?? json.unresolved) : json;
  const count = toNumberInRange(value, 0, Number.MAX_SAFE_INTEGER);
  if (count === null || !Number.isInteger(count)) throw new Error('expected a whole "count"');
  return count;
}

/** The rules (schema undocumented): a name and severity each, from `{rules}` or a bare array. */
export function parseAlertRules(json: unknown): AlertRuleSummary[] {
  const list = Array.isArray(json) ? json : isRecord(json) ? json.rules : null;
  if (!Array.isArray(list)) throw new Error('expected a "rules" array');
  return list.map((rule: unknown) => {
    const wire: Wire = isRecord(rule) ? rule : {};
    const used = new Set<string>();
    return {
      id: pick(wire, ALIASES.id, used, text)?.value ?? null,
      name: pick(wire, ['name', 'title', 'ruleName'], used, text)?.value ?? 'Unnamed rule',
      severity: pick(wire, ALIASES.severity, used, text)?.value ?? '',
    };
  });
}
