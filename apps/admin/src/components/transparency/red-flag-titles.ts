import { api, unwrap } from '../../api/client.js';
import type { RedFlagDefinition } from '../../api/types.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { isMessageKey, useI18n } from '../../i18n/i18n.js';

export function useRedFlagDefinitions(): RedFlagDefinition[] {
  return useApiQuery('red-flag-definitions', (signal) => unwrap(api.GET('/api/inspector/red-flag-definitions', { signal }))).data ?? [];
}

/** A red flag's title in the user's language, from its definition (the code until the definitions are read). */
export function useRedFlagTitles(): (code: string) => string {
  const { lang } = useI18n();
  const definitions = useRedFlagDefinitions();
  return (code) => {
    const d = definitions.find((x) => x.code === code);
    return d ? (lang === 'nl' ? d.titleNl : d.titleEn) : code;
  };
}

/** A flag's measured value or threshold with its unit, in the user's language: amounts in euros, shares as percentages. */
export function useFlagAmount(): (value: number, unit: string) => string {
  const { t, formatNumber } = useI18n();
  return (value, unit) => {
    if (unit === 'cents') return `€ ${formatNumber(value / 100)}`;
    if (unit === 'basis points') return `${formatNumber(value / 100)}%`;
    const key = `tr.unit.${unit}`;
    return `${formatNumber(value)} ${isMessageKey(key) ? t(key) : unit}`;
  };
}

/** The kind of record a flag points at, in the user's language. */
export function useRecordKind(): (recordType: string) => string {
  const { t } = useI18n();
  return (recordType) => {
    const key = `tr.record.${recordType}`;
    return isMessageKey(key) ? t(key) : recordType;
  };
}
