import { Button, Fieldset, FieldsetLegend, FormField, FormFieldErrorMessage, FormLabel, Heading2, Paragraph, RadioButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import type { Requirement, RequirementDecision } from '../../api/types.js';
import { useI18n, type MessageKey } from '../../i18n/i18n.js';
import { focusFirst, TextAreaField } from '../fields.js';
import { requirementTitle } from './frameworks.js';

interface Verdict {
  met: boolean | null;
  reason: string;
}

type Errors = Record<string, MessageKey>;

const UNDECIDED: Verdict = { met: null, reason: '' };

/** FW-3: a decision covers every requirement, and every requirement not met carries its reason; checked before sending. */
export function decisionErrors(checklist: readonly Requirement[], verdicts: Readonly<Partial<Record<string, Verdict>>>): Errors {
  const errors: Errors = {};
  for (const r of checklist) {
    const verdict = verdicts[r.code];
    if (!verdict || verdict.met === null) errors[r.code] = 'decision.error.choose';
    else if (!verdict.met && !verdict.reason.trim()) errors[r.code] = 'decision.error.reason';
  }
  return errors;
}

interface DecisionFormProps {
  checklist: readonly Requirement[];
  busy: boolean;
  onDecide(decisions: RequirementDecision[], message: string): void;
}

export function DecisionForm({ checklist, busy, onDecide }: DecisionFormProps) {
  const { t, lang } = useI18n();
  const [verdicts, setVerdicts] = useState<Partial<Record<string, Verdict>>>({});
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const setVerdict = (code: string, change: Partial<Verdict>) =>
    setVerdicts((current) => ({ ...current, [code]: { ...(current[code] ?? UNDECIDED), ...change } }));
  const rejecting = Object.values(verdicts).some((v) => v?.met === false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = decisionErrors(checklist, verdicts);
    setErrors(found);
    const invalid = checklist.filter((r) => found[r.code]);
    if (invalid.length > 0) {
      focusFirst(invalid.map((r) => (found[r.code] === 'decision.error.reason' ? `decision-${r.code}-reason` : `decision-${r.code}-met`)));
      return;
    }
    onDecide(
      checklist.map((r) => {
        const verdict = verdicts[r.code];
        const met = verdict?.met === true;
        return met ? { requirementCode: r.code, met } : { requirementCode: r.code, met, reason: verdict?.reason.trim() ?? '' };
      }),
      message.trim(),
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-busy={busy} className="rim-form" aria-labelledby="decision-title" data-testid="decision-form">
      <Heading2 id="decision-title">{t('decision.title')}</Heading2>
      <Paragraph>{t('decision.intro')}</Paragraph>
      {checklist.map((r) => {
        const verdict = verdicts[r.code];
        const error = errors[r.code];
        const id = `decision-${r.code}`;
        return (
          <Fieldset key={r.code} invalid={Boolean(error)} aria-describedby={error === 'decision.error.choose' ? `${id}-error` : undefined} data-testid="decision-requirement" data-code={r.code}>
            <FieldsetLegend>
              {r.code} — {requirementTitle(r, lang)}
            </FieldsetLegend>
            {error === 'decision.error.choose' && <FormFieldErrorMessage id={`${id}-error`}>{t(error)}</FormFieldErrorMessage>}
            <div className="rim-radio-row">
              {([true, false] as const).map((met) => (
                <FormField
                  key={String(met)}
                  type="radio"
                  label={
                    <FormLabel htmlFor={`${id}-${met ? 'met' : 'not-met'}`} type="radio" checked={verdict?.met === met}>
                      {met ? t('decision.met') : t('decision.notMet')}
                    </FormLabel>
                  }
                  input={
                    <RadioButton
                      id={`${id}-${met ? 'met' : 'not-met'}`}
                      name={`${id}-verdict`}
                      value={met ? 'met' : 'not-met'}
                      checked={verdict?.met === met}
                      onChange={() => setVerdict(r.code, { met })}
                    />
                  }
                />
              ))}
            </div>
            {verdict?.met === false && (
              <TextAreaField
                id={`${id}-reason`}
                label={t('decision.reason', { code: r.code })}
                description={t('decision.reasonHint')}
                value={verdict.reason}
                onChange={(reason) => setVerdict(r.code, { reason })}
                error={error === 'decision.error.reason' ? t(error) : null}
              />
            )}
          </Fieldset>
        );
      })}
      <TextAreaField id="decision-message" label={t('decision.message')} description={t('decision.messageHint')} value={message} onChange={setMessage} />
      <Paragraph data-testid="decision-outcome">{rejecting ? t('decision.outcomeReject') : t('decision.outcomeAdmit')}</Paragraph>
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy} data-testid="decision-submit">
        {t('decision.submit')}
      </Button>
    </form>
  );
}
