// Running instances: ordinary tenants plus heavy, memory-bound and oddly-shaped samples.
import type { InstanceSpec } from './build-instance.ts';
import { GIB } from './units.ts';

const EXTRA = ['httpResponseMs', 'activeWorkers'] as const;

// Ordinary tenants: [id, name, serverId, createdDaysAgo].
const ORDINARY: Array<[string, string, string, number]> = [
  ['inst-02', 'Bakery Lune', 'srv-01', 150],
  ['inst-05', 'Café Central', 'srv-02', 170],
  ['inst-15', 'Green Grocers', 'srv-05', 200],
  ['inst-18', 'Swift Couriers', 'srv-06', 70],
  ['inst-20', 'Staging Acme', 'srv-07', 50],
  ['inst-25', 'Dev Sandbox', 'srv-10', 40],
  ['inst-33', 'North Star', 'srv-13', 1.2],
];

export function runningInstanceSpecs(): InstanceSpec[] {
  const ordinary = ORDINARY.map(([id, name, serverId, createdDaysAgo]) => ({
    id,
    name,
    serverId,
    createdDaysAgo,
  }));
  return [
    ...ordinary,
    {
      id: 'inst-01',
      name: 'Acme Corp',
      serverId: 'srv-01',
      createdDaysAgo: 200,
      odooEdition: 'enterprise',
      behaviour: { extraFields: [...EXTRA] },
    },
    {
      id: 'inst-04',
      name: 'Nordwind Logistics',
      serverId: 'srv-01',
      createdDaysAgo: 120,
      odooVersion: '18.0',
      behaviour: { fieldStyle: 'alias' },
    },
    {
      id: 'inst-06',
      name: 'Helios Solar',
      serverId: 'srv-02',
      createdDaysAgo: 90,
      odooEdition: 'enterprise',
    },
    {
      id: 'inst-08',
      name: 'Blue Harbor',
      serverId: 'srv-02',
      createdDaysAgo: 40,
      odooVersion: '18.0',
    },
    {
      id: 'inst-09',
      name: 'Mega Warehouse',
      serverId: 'srv-03',
      createdDaysAgo: 140,
      healthScore: 61,
      healthScoreGrade: 'C',
      behaviour: { cpuBase: 165, cpuSwing: 40, cpuNoise: 15, memoryLimitBytes: 8 * GIB },
    },
    {
      id: 'inst-10',
      name: 'Pine Dental',
      serverId: 'srv-03',
      createdDaysAgo: 130,
      sslExpiresInDays: 5,
      healthScore: 83,
      healthScoreGrade: 'B',
    },
    {
      id: 'inst-11',
      name: 'Riverside School',
      serverId: 'srv-03',
      createdDaysAgo: 100,
      odooVersion: '16.0',
    },
    {
      id: 'inst-12',
      name: 'Import Robot',
      serverId: 'srv-04',
      createdDaysAgo: 110,
      behaviour: { cpuBase: 55, cpuSwing: 25 },
    },
    {
      id: 'inst-14',
      name: 'Photo Archive',
      serverId: 'srv-05',
      createdDaysAgo: 290,
      behaviour: { diskUsedBytes: 140 * GIB, diskGrowthBytesPerDay: 1_500_000_000 },
    },
    {
      id: 'inst-17',
      name: 'Metro Clinics',
      serverId: 'srv-06',
      createdDaysAgo: 85,
      healthScore: 58,
      healthScoreGrade: 'D',
      behaviour: { memoryLimitBytes: 2 * GIB, memoryBase: 0.93, memorySwing: 0.03 },
    },
    {
      id: 'inst-21',
      name: 'Staging Lune',
      serverId: 'srv-07',
      createdDaysAgo: 30,
      odooVersion: '18.0',
    },
    {
      id: 'inst-22',
      name: 'Legacy Books',
      serverId: 'srv-08',
      createdDaysAgo: 390,
      odooVersion: '14.0',
      healthScore: 45,
      healthScoreGrade: 'D',
    },
    {
      id: 'inst-23',
      name: 'Legacy Payroll',
      serverId: 'srv-08',
      createdDaysAgo: 380,
      odooVersion: '14.0',
      healthScore: 45,
      healthScoreGrade: 'D',
    },
    {
      id: 'inst-27',
      name: 'Big Manufacturing',
      serverId: 'srv-11',
      createdDaysAgo: 360,
      odooEdition: 'enterprise',
      behaviour: {
        cpuBase: 240,
        cpuSwing: 90,
        memoryLimitBytes: 16 * GIB,
        extraFields: [...EXTRA],
        rxBytesPerSecond: 900_000,
        txBytesPerSecond: 1_400_000,
      },
    },
    {
      id: 'inst-28',
      name: 'Global Trading',
      serverId: 'srv-11',
      createdDaysAgo: 300,
      behaviour: { memoryLimitBytes: 8 * GIB },
    },
    {
      id: 'inst-29',
      name: 'City Council',
      serverId: 'srv-11',
      createdDaysAgo: 250,
      odooVersion: '16.0',
    },
    {
      id: 'inst-30',
      name: 'Just Launched',
      serverId: 'srv-11',
      createdDaysAgo: 5 / 1440,
      odooVersion: '18.0',
    },
    {
      id: 'inst-31',
      name: 'BI Reports',
      serverId: 'srv-12',
      createdDaysAgo: 70,
      behaviour: { spikeChance: 0.4 },
    },
    {
      id: 'inst-32',
      name: 'Analytics Hub',
      serverId: 'srv-12',
      createdDaysAgo: 65,
      behaviour: { extraFields: [...EXTRA] },
    },
  ];
}
