/** When each timestamp was first seen here: a bounded, least-recently-asked-first memory. */
export interface ArrivalLog {
  /** The first `now` this timestamp was asked about (recording `now` if it is new). */
  arrivedAt(timestamp: number, now: number): number;
  size(): number;
}

// A Map keeps insertion order: re-inserting on every ask makes its first key the least recent.
export function createArrivalLog(capacity: number): ArrivalLog {
  const firstSeen = new Map<number, number>();
  return {
    arrivedAt(timestamp, now) {
      const seen = firstSeen.get(timestamp) ?? now;
      firstSeen.delete(timestamp);
      firstSeen.set(timestamp, seen);
      const oldest = firstSeen.keys().next();
      if (firstSeen.size > capacity && !oldest.done) firstSeen.delete(oldest.value);
      return seen;
    },
    size: () => firstSeen.size,
  };
}
