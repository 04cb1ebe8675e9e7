import { Alert, Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { ApiError } from '../api/problem.js';
import { isMessageKey, useI18n, type I18n } from '../i18n/i18n.js';

/** The user's-language message for a problem code; the API's English detail only when the code is unknown to us. */
export function problemMessage(error: ApiError, t: I18n['t']): string {
  const key = `error.${error.code}`;
  if (isMessageKey(key)) return t(key);
  return error.problem.detail ? `${t('error.generic')} (${error.problem.detail})` : t('error.generic');
}

interface ProblemAlertProps {
  error: ApiError;
  title?: string;
  /** Field names (as the API reports them) to the labels the user sees. */
  fieldLabels?: Readonly<Record<string, string>>;
}

export function ProblemAlert({ error, title, fieldLabels = {} }: ProblemAlertProps) {
  const { t } = useI18n();
  return (
    <Alert type="error" role="alert" data-testid="problem-alert" data-code={error.code}>
      <Heading level={2} appearance="utrecht-heading-3">
        {title ?? t('error.title')}
      </Heading>
      <Paragraph>{problemMessage(error, t)}</Paragraph>
      {error.problem.errors.length > 0 && (
        <UnorderedList>
          {error.problem.errors.map((fieldError) => (
            <UnorderedListItem key={`${fieldError.field}:${fieldError.message}`}>
              {t('error.fieldInvalid', { field: fieldLabels[fieldError.field] ?? fieldError.field, message: fieldError.message })}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {error.problem.correlationId && (
        <Paragraph appearance="small">{t('error.reference', { id: error.problem.correlationId })}</Paragraph>
      )}
    </Alert>
  );
}
