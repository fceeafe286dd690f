// The `hostileText` fault: every human-readable string carries markup, bidi and combining text.
import type { InstanceWire, ServerWire } from '../routes/wire.ts';

export const HOSTILE_SNIPPETS = [
  '<script>alert("xss")</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(document.cookie)>',
  '\u202Egnp.exe\u202C',
  'مرحبا بالعالم \u202Bשלום\u202C',
  'Z\u0335\u0321\u031B\u0353a\u0337\u0322l\u0338g\u0335o\u0336\u0336\u0336',
  '{{constructor.constructor("alert(1)")()}}',
  'javascript:alert(1)',
  '&lt;b&gt;&amp;amp;',
  '\u0000\u200B\uFEFF',
] as const;

/** A 10,000-character string with no break opportunities, to test wrapping and truncation. */
export const LONG_HOSTILE_TEXT = `<b>${'W\u0301'.repeat(4_996)}X</b>`;

function spoil(value: string, salt: number): string {
  return `${HOSTILE_SNIPPETS[salt % HOSTILE_SNIPPETS.length]} ${value}`;
}

const SERVER_TEXT = [
  'name',
  'description',
  'host',
  'sshUser',
  'authMethod',
  'osName',
  'osVersion',
  'proxyType',
  'provisioningStep',
  'statusMessage',
] as const;

const INSTANCE_TEXT = [
  'name',
  'slug',
  'statusMessage',
  'healthScoreGrade',
  'odooVersion',
  'odooEdition',
  'containerName',
] as const;

export function hostileServer(server: ServerWire, index: number): ServerWire {
  const result = { ...server };
  SERVER_TEXT.forEach((field, offset) => (result[field] = spoil(server[field], index + offset)));
  if (index === 0) result.description = LONG_HOSTILE_TEXT;
  return result;
}

export function hostileInstance(instance: InstanceWire, index: number): InstanceWire {
  const result = { ...instance };
  INSTANCE_TEXT.forEach(
    (field, offset) => (result[field] = spoil(instance[field], index + offset)),
  );
  result.domains = instance.domains.map((domain, offset) => ({
    ...domain,
    domain: spoil(domain.domain, index + offset + 3),
    sslStatus: spoil(domain.sslStatus, index + offset + 5),
  }));
  if (index === 0) result.statusMessage = LONG_HOSTILE_TEXT;
  return result;
}
