// srv-local: this machine's real readings, sampled every 30 s into a ring buffer while running.
import { readFileSync, statfsSync } from 'node:fs';
import os from 'node:os';
import { round2 } from '../series/curves.ts';
import type { ServerSampleWire } from '../series/server-series.ts';
import { RAW_STEP_MS, alignDown } from '../series/timeline.ts';
import type { ServerWire } from '../routes/wire.ts';

export const LOCAL_SERVER_ID = 'srv-local';
const CAPACITY = 20_160;

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null; // Not Linux, or /proc is hidden: fall back to the os module.
  }
}

function cpuTimes(): { idle: number; total: number } {
  let idle = 0;
  let total = 0;
  for (const cpu of os.cpus()) {
    const t = cpu.times;
    idle += t.idle;
    total += t.user + t.nice + t.sys + t.idle + t.irq;
  }
  return { idle, total };
}

function memoryAvailableBytes(): number {
  const match = /^MemAvailable:\s+(\d+) kB/m.exec(readText('/proc/meminfo') ?? '');
  return match?.[1] ? Number(match[1]) * 1024 : os.freemem();
}

function rootDisk(): { total: number; used: number; available: number } {
  try {
    const fs = statfsSync('/');
    const total = fs.blocks * fs.bsize;
    return { total, used: (fs.blocks - fs.bfree) * fs.bsize, available: fs.bavail * fs.bsize };
  } catch {
    return { total: 0, used: 0, available: 0 };
  }
}

function networkCounters(): { rx: number; tx: number } {
  let rx = 0;
  let tx = 0;
  for (const line of (readText('/proc/net/dev') ?? '').split('\n').slice(2)) {
    const [name, data] = line.split(':');
    if (!name || data === undefined || name.trim() === 'lo') continue;
    const fields = data.trim().split(/\s+/).map(Number);
    rx += fields[0] ?? 0;
    tx += fields[8] ?? 0;
  }
  return { rx, tx };
}

function osRelease(): { name: string; version: string } {
  const text = readText('/etc/os-release') ?? '';
  const field = (key: string) => new RegExp(`^${key}="?([^"\\n]*)"?$`, 'm').exec(text)?.[1];
  return { name: field('NAME') ?? os.type(), version: field('VERSION_ID') ?? os.release() };
}

export class LocalHost {
  private readonly ring: ServerSampleWire[] = [];
  private next = 0;
  // Zero totals make the first reading the average since boot rather than a meaningless 0 %.
  private previousCpu = { idle: 0, total: 0 };
  private lastCpuPercent = 0;
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly startedAt: number;

  constructor(private readonly now: () => number) {
    this.startedAt = now();
  }

  /** Takes one sample now and one every `intervalMs`; the timer never keeps the process alive. */
  start(intervalMs = RAW_STEP_MS): void {
    this.record();
    this.timer = setInterval(() => this.record(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private record(): void {
    const sample = this.reading();
    if (this.ring.length < CAPACITY) this.ring.push(sample);
    else this.ring[this.next] = sample;
    this.next = (this.next + 1) % CAPACITY;
  }

  /** A fresh reading; CPU is the busy share since the previous reading. */
  reading(): ServerSampleWire {
    const t = this.now();
    const cpu = cpuTimes();
    const totalDelta = cpu.total - this.previousCpu.total;
    if (totalDelta > 0) {
      this.lastCpuPercent = (1 - (cpu.idle - this.previousCpu.idle) / totalDelta) * 100;
      this.previousCpu = cpu;
    }
    const ramTotal = os.totalmem();
    const ramAvailable = Math.min(ramTotal, memoryAvailableBytes());
    const disk = rootDisk();
    const net = networkCounters();
    const [load1 = 0, load5 = 0, load15 = 0] = os.loadavg();
    return {
      id: `${LOCAL_SERVER_ID}-${t}`,
      serverId: LOCAL_SERVER_ID,
      collectedAt: new Date(t).toISOString(),
      cpuUsagePercent: round2(Math.min(100, Math.max(0, this.lastCpuPercent))),
      cpuLoad1m: round2(load1),
      cpuLoad5m: round2(load5),
      cpuLoad15m: round2(load15),
      ramTotalBytes: ramTotal,
      ramUsedBytes: ramTotal - ramAvailable,
      ramAvailableBytes: ramAvailable,
      ramUsagePercent: round2(((ramTotal - ramAvailable) / ramTotal) * 100),
      diskTotalBytes: disk.total,
      diskUsedBytes: disk.used,
      diskAvailableBytes: disk.available,
      diskUsagePercent: disk.total > 0 ? round2((disk.used / disk.total) * 100) : 0,
      networkRxBytes: net.rx,
      networkTxBytes: net.tx,
      uptimeSeconds: Math.floor(os.uptime()),
    };
  }

  /** Recorded samples inside the period, thinned to the newest one per step unless dense. */
  history(now: number, periodMs: number, stepMs: number): ServerSampleWire[] {
    const ordered = [...this.ring.slice(this.next), ...this.ring.slice(0, this.next)];
    const inPeriod = ordered.filter((s) => Date.parse(s.collectedAt) > now - periodMs);
    if (stepMs <= RAW_STEP_MS) return inPeriod;
    return inPeriod.filter((sample, index) => {
      const following = inPeriod[index + 1];
      const bucket = (s: ServerSampleWire) => alignDown(Date.parse(s.collectedAt), stepMs);
      return !following || bucket(following) !== bucket(sample);
    });
  }

  wire(): ServerWire {
    const newest = this.ring.length > 0 ? this.ring[(this.next + CAPACITY - 1) % CAPACITY] : null;
    const release = osRelease();
    const started = new Date(this.startedAt).toISOString();
    return {
      id: LOCAL_SERVER_ID,
      name: os.hostname(),
      description: 'This machine, live readings from the mock process',
      host: '127.0.0.1',
      port: 22,
      sshUser: 'local',
      authMethod: 'local',
      maxSshSessions: 0,
      cpuCores: os.cpus().length,
      ramTotalBytes: os.totalmem(),
      osName: release.name,
      osVersion: release.version,
      proxyType: 'none',
      provisioningStep: 'completed',
      status: 'active',
      statusMessage: '',
      lastSeenAt: newest?.collectedAt ?? null,
      createdAt: started,
      updatedAt: started,
    };
  }
}
