import { Button } from '@utrecht/component-library-react';
import { useI18n } from '../i18n/i18n.js';

/** Offers the other language, labelled in that language (WCAG 3.1.2: the label carries its own lang). */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  const other = lang === 'nl' ? 'en' : 'nl';
  return (
    <Button
      type="button"
      appearance="subtle-button"
      className="rim-language-switch"
      lang={other}
      aria-label={t('lang.switchToLabel')}
      data-testid="language-switch"
      onClick={() => setLang(other)}
    >
      {t('lang.switchTo')}
    </Button>
  );
}
