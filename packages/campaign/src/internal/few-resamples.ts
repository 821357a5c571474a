import { type CampaignWarning, MIN_RESAMPLES } from '../campaign-warning';

/** The FEW_RESAMPLES warning, when nResamples is below MIN_RESAMPLES; `what` names what the intervals decide. */
export function fewResamples(nResamples: number, what: string): CampaignWarning[] {
  if (nResamples >= MIN_RESAMPLES) return [];
  const n = `${nResamples} resample${nResamples === 1 ? '' : 's'}`;
  return [
    {
      code: 'FEW_RESAMPLES',
      message: `Only ${n} per interval: the interval ends are nearly the extreme resamples and change with the seed, and so do ${what}; use at least ${MIN_RESAMPLES} (the default is 1000).`,
    },
  ];
}
