import type { Plugin } from 'vite';

// Placeholder until the embedded mock lands (the mock engineer replaces this file).
export function ocoreApi(): Plugin {
  return { name: 'ocore-api' };
}
