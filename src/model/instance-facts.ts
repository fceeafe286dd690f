import type { Instance } from './types.ts';

/** "17.0 enterprise": the Odoo version and edition the instance reports, '' when it reports none. */
export function odooLabel(instance: Pick<Instance, 'odooVersion' | 'odooEdition'>): string {
  return [instance.odooVersion, instance.odooEdition].filter(Boolean).join(' ');
}
