import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en } from './en.js';
import { nl, type Dictionary, type MessageKey } from './nl.js';

export type Language = 'nl' | 'en';
export type { MessageKey };

const DICTIONARIES: Readonly<Record<Language, Dictionary>> = { nl, en };
const LOCALES: Readonly<Record<Language, string>> = { nl: 'nl-NL', en: 'en-GB' };
const STORAGE_KEY = 'rim.language';
/** Deadlines and timestamps are shown in Dutch time whatever the browser's zone (SPEC §2 calendar). */
const TIME_ZONE = 'Europe/Amsterdam';

export type Params = Readonly<Record<string, string | number>>;

export interface I18n {
  lang: Language;
  setLang(lang: Language): void;
  t(key: MessageKey, params?: Params): string;
  formatNumber(value: number): string;
  formatDateTime(iso: string): string;
  /** A calendar date: `2026-03-01` as is (no time-zone shift), an instant as its date in Dutch time. */
  formatDate(iso: string): string;
  /** The last day before an exclusive deadline instant, e.g. a decision due by 00:00 on the 5th is due on the 4th. */
  formatLastDay(iso: string): string;
  formatTime(date: Date): string;
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(nl, key);
}

/** The message under `key` where there is one, else `fallback` (a code the catalogue does not name, shown as it is). */
export function messageOr(t: I18n['t'], key: string, fallback: string): string {
  return isMessageKey(key) ? t(key) : fallback;
}

function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return stored === 'en' || stored === 'nl' ? stored : 'nl';
  } catch {
    return 'nl';
  }
}

function interpolate(template: string, params: Params | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Language>(readStoredLanguage);

  const setLang = useCallback((next: Language) => {
    setLangState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage may be unavailable (private mode); the choice then lasts for this page view only.
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const value = useMemo<I18n>(() => {
    const dictionary = DICTIONARIES[lang];
    const locale = LOCALES[lang];
    const numbers = new Intl.NumberFormat(locale);
    const dateTimes = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium', timeZone: TIME_ZONE });
    const times = new Intl.DateTimeFormat(locale, { timeStyle: 'medium', timeZone: TIME_ZONE });
    const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: TIME_ZONE });
    const calendarDates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    return {
      lang,
      setLang,
      t: (key, params) => interpolate(dictionary[key], params),
      formatNumber: (value) => numbers.format(value),
      formatDateTime: (iso) => {
        const date = new Date(iso);
        return Number.isNaN(date.getTime()) ? iso : dateTimes.format(date);
      },
      formatTime: (date) => times.format(date),
      formatDate: (iso) => {
        const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
        const date = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
        if (Number.isNaN(date.getTime())) return iso;
        return (dateOnly ? calendarDates : dates).format(date);
      },
      formatLastDay: (iso) => {
        const end = Date.parse(iso);
        return Number.isNaN(end) ? iso : dates.format(new Date(end - 1));
      },
    };
  }, [lang, setLang]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n() needs an <I18nProvider> above it');
  return context;
}
