import { useEffect } from 'react';
import { useI18n } from '../i18n/i18n.js';

/** Sets the document title to "<page> — <app>" so each view is identifiable (WCAG 2.4.2). */
export function usePageTitle(pageTitle: string | null): void {
  const { t } = useI18n();
  const appName = t('app.name');
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} — ${appName}` : appName;
  }, [pageTitle, appName]);
}
