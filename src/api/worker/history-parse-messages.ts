import type { Period } from '../../model/types.ts';

export type HistoryKind = 'server' | 'instance';

export interface HistoryParseRequest {
  id: number;
  kind: HistoryKind;
  period: Period;
  bytes: ArrayBuffer;
}

export type HistoryParseResponse =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; stage: 'json' | 'shape'; detail: string };
