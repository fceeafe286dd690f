import { describe, expect, it } from 'vitest';
import { createArrivalLog } from './arrival-log.ts';

describe('createArrivalLog', () => {
  it('remembers when a timestamp was first seen', () => {
    const log = createArrivalLog(10);
    expect(log.arrivedAt(5_000, 100)).toBe(100);
    expect(log.arrivedAt(5_000, 900)).toBe(100);
    expect(log.arrivedAt(6_000, 900)).toBe(900);
  });

  it('stays bounded, forgetting the least recently asked first', () => {
    const log = createArrivalLog(3);
    log.arrivedAt(1, 10);
    log.arrivedAt(2, 20);
    log.arrivedAt(3, 30);
    log.arrivedAt(1, 40); // Still on screen: asked again, so kept.
    log.arrivedAt(4, 50);
    expect(log.size()).toBe(3);
    expect(log.arrivedAt(1, 60)).toBe(10);
    expect(log.arrivedAt(2, 70)).toBe(70);
  });
});
