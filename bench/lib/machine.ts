// One line saying what machine the numbers come from.
import os from 'node:os';

export function machineLine(chromiumVersion: string): string {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim() ?? 'unknown CPU';
  const ramGiB = (os.totalmem() / 1024 ** 3).toFixed(1);
  return `Machine: ${model}, ${cpus.length} cores, ${ramGiB} GiB RAM, Node ${process.version}, Chromium ${chromiumVersion}, ${os.platform()} ${os.release()}`;
}
