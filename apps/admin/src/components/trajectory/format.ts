import { useMemo } from 'react';
import { useCodeList, type CodeListId } from '../../api/reference.js';
import { isMessageKey, useI18n } from '../../i18n/i18n.js';

export interface TrajectoryFormat {
  euros(cents: number): string;
  route(code: string): string;
  status(code: string): string;
  /** A placement's contract: "Bepaalde tijd, 12 maanden", "Onbepaalde tijd". */
  contract(type: string, months: number | null): string;
  /** A code of one of the trajectory code lists in the user's language (the code itself while the list loads). */
  code(list: CodeListId, code: string): string;
}

const LISTS: readonly CodeListId[] = ['activities', 'end-reasons', 'success-reasons', 'follow-up-advice', 'benefit-types', 'target-groups', 'regions'];

export function useTrajectoryFormat(): TrajectoryFormat {
  const { t, lang } = useI18n();
  const activities = useCodeList('activities');
  const endReasons = useCodeList('end-reasons');
  const successReasons = useCodeList('success-reasons');
  const followUp = useCodeList('follow-up-advice');
  const benefits = useCodeList('benefit-types');
  const targetGroups = useCodeList('target-groups');
  const regions = useCodeList('regions');
  return useMemo(() => {
    const money = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { style: 'currency', currency: 'EUR' });
    const lists = [activities, endReasons, successReasons, followUp, benefits, targetGroups, regions];
    const coded = (prefix: string, code: string) => {
      const key = `${prefix}.${code}`;
      return isMessageKey(key) ? t(key) : code;
    };
    return {
      euros: (cents) => money.format(cents / 100),
      route: (code) => coded('route', code),
      status: (code) => coded('trajectoryStatus', code),
      contract: (type, months) => (months ? t('placement.months', { name: coded('placement.contract', type), months }) : coded('placement.contract', type)),
      code: (list, code) => lists[LISTS.indexOf(list)]?.label(code) ?? code,
    };
  }, [t, lang, activities, endReasons, successReasons, followUp, benefits, targetGroups, regions]);
}
