/**
 * European procurement thresholds (excluding VAT) and the verdict whether an
 * estimated contract value reaches them. The 2026-2027 figures are those of
 * Commission Delegated Regulations (EU) 2025/2150, 2025/2151 and 2025/2152 of
 * 22 October 2025; the 2024-2025 figures those of Delegated Regulations
 * (EU) 2023/2495, 2023/2496 and 2023/2497. Pure: the date is a parameter.
 */

export const CONTRACT_TYPES = ['diensten', 'leveringen', 'werken', 'sociale-diensten'] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];

export const AUTHORITIES = ['centraal', 'decentraal', 'speciale-sector'] as const;
export type Authority = (typeof AUTHORITIES)[number];

export interface ThresholdPeriod {
  label: string;
  /** First and last day (inclusive), ISO dates. */
  from: string;
  to: string;
  /** The legal source, as JSON gives it (stable English). */
  source: string;
  /** The numbers of the delegated regulations, for a source in the report's language. */
  regulations: readonly string[];
  /** Thresholds in whole euros by contract type and authority. */
  euros: Record<ContractType, Record<Authority, number>>;
}

const table = (
  services: [number, number, number],
  works: number,
  social: [number, number],
): Record<ContractType, Record<Authority, number>> => ({
  diensten: { centraal: services[0], decentraal: services[1], 'speciale-sector': services[2] },
  leveringen: { centraal: services[0], decentraal: services[1], 'speciale-sector': services[2] },
  werken: { centraal: works, decentraal: works, 'speciale-sector': works },
  'sociale-diensten': { centraal: social[0], decentraal: social[0], 'speciale-sector': social[1] },
});

export const THRESHOLD_PERIODS: readonly ThresholdPeriod[] = [
  {
    label: '2024-2025',
    from: '2024-01-01',
    to: '2025-12-31',
    source: 'Delegated Regulations (EU) 2023/2495, 2023/2496, 2023/2497',
    regulations: ['2023/2495', '2023/2496', '2023/2497'],
    euros: table([143_000, 221_000, 443_000], 5_538_000, [750_000, 1_000_000]),
  },
  {
    label: '2026-2027',
    from: '2026-01-01',
    to: '2027-12-31',
    source: 'Delegated Regulations (EU) 2025/2150, 2025/2151, 2025/2152',
    regulations: ['2025/2150', '2025/2151', '2025/2152'],
    euros: table([140_000, 216_000, 432_000], 5_404_000, [750_000, 1_000_000]),
  },
];

export interface ThresholdVerdict {
  type: ContractType;
  authority: Authority;
  /** Estimated contract value in cents. */
  value: number;
  /** Threshold in cents. */
  threshold: number;
  reached: boolean;
  period: string;
  periodFrom: string;
  periodTo: string;
  source: string;
  regulations: readonly string[];
  /** True when the date given lies after the period: newer thresholds may apply. */
  outdated: boolean;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The period whose dates hold `date`, else the latest one before it (marked outdated by the verdict). */
export function thresholdPeriod(date: Date): ThresholdPeriod {
  const day = isoDay(date);
  const inside = THRESHOLD_PERIODS.find((p) => p.from <= day && day <= p.to);
  if (inside) return inside;
  const before = [...THRESHOLD_PERIODS].reverse().find((p) => p.to < day);
  return before ?? THRESHOLD_PERIODS[0]!;
}

/** Whether `valueCents` (excluding VAT) reaches the European threshold on `date`. */
export function thresholdVerdict(
  valueCents: number,
  type: ContractType,
  authority: Authority,
  date: Date,
): ThresholdVerdict {
  const period = thresholdPeriod(date);
  const threshold = period.euros[type][authority] * 100;
  return {
    type,
    authority,
    value: valueCents,
    threshold,
    reached: valueCents >= threshold,
    period: period.label,
    periodFrom: period.from,
    periodTo: period.to,
    source: period.source,
    regulations: period.regulations,
    outdated: isoDay(date) > period.to,
  };
}
