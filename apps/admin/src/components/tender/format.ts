import { useMemo } from 'react';
import { useCodeList } from '../../api/reference.js';
import type { Criterion, TenderLot } from '../../api/types.js';
import { isMessageKey, useI18n } from '../../i18n/i18n.js';

export const CRITERIA: readonly Criterion[] = ['PRICE', 'DROP_OUT', 'PLACEMENT', 'DURATION', 'TARGET_GROUP_FIT', 'REGIONAL_FIT'];

export interface TenderFormat {
  euros(cents: number): string;
  percent(bp: number): string;
  /** "Jongeren tot 27 jaar — Midden-Utrecht"; national lots name the country. */
  lotName(lot: Pick<TenderLot, 'targetGroup' | 'region'>): string;
  /** The same from a lot code such as `WW-01/AMR-12` (`…/NL` for a national lot). */
  lotCodeName(code: string): string;
  criterion(c: string): string;
  /** What a free-space lot is for (TD-2). */
  purpose(p: string): string;
  /** What put a bid at its rank (TD-8): total score, quality score, lottery, or the only bid. */
  decidedBy(d: string): string;
}

/** Amounts, percentages, lots and criteria as the user reads them, in the user's language. */
export function useTenderFormat(): TenderFormat {
  const { t, lang } = useI18n();
  const targetGroups = useCodeList('target-groups');
  const regions = useCodeList('regions');
  return useMemo(() => {
    const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
    const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
    const percentage = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    const coded = (prefix: string, code: string) => {
      const key = `${prefix}.${code}`;
      return isMessageKey(key) ? t(key) : code;
    };
    const lotName = (lot: Pick<TenderLot, 'targetGroup' | 'region'>) => `${targetGroups.label(lot.targetGroup)} — ${lot.region ? regions.label(lot.region) : t('tender.national')}`;
    return {
      euros: (cents) => money.format(cents / 100),
      percent: (bp) => `${percentage.format(bp / 100)} %`,
      lotName,
      lotCodeName: (code) => {
        const [targetGroup = code, region = 'NL'] = code.split('/');
        return lotName({ targetGroup, region: region === 'NL' ? null : region });
      },
      criterion: (c) => coded('criterion', c),
      purpose: (p) => coded('purpose', p),
      decidedBy: (d) => coded('decidedBy', d),
    };
  }, [lang, t, targetGroups, regions]);
}

