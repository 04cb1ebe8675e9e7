import { Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client.js';
import type { CreateTenderBody } from '../../api/types.js';
import { useAction } from '../../api/use-action.js';
import { focusFirst } from '../../components/fields.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { usePageTitle } from '../../components/page-title.js';
import { EMPTY_DRAFT, stepErrors, toCreateTender, WIZARD_STEPS, type DraftErrors, type TenderDraft } from '../../components/tender/tender-draft.js';
import { FreeSpaceStep, LotsStep, ReviewStep, TermsStep, TimetableStep, WeightsStep, type StepProps } from '../../components/tender/WizardSteps.js';
import { useI18n } from '../../i18n/i18n.js';

const STEP_VIEWS = { timetable: TimetableStep, weights: WeightsStep, lots: LotsStep, terms: TermsStep, freeSpace: FreeSpaceStep, review: ReviewStep } as const;

/** The API's field names for the wizard's labels, so a refusal names what the officer typed. */
function useFieldLabels(): Record<string, string> {
  const { t } = useI18n();
  return {
    name: t('tender.name'), questionsCloseAt: t('tender.questionsCloseAt'), selectionDeadlineAt: t('tender.selectionDeadlineAt'), bidDeadlineAt: t('tender.bidDeadlineAt'),
    weights: t('tender.weights'), targetGroups: t('tender.targetGroups'), regions: t('tender.regions'), lots: t('tender.vrijeRuimteCap'), vrijeRuimteCapBp: t('tender.vrijeRuimteCap'),
  };
}

/** TD-1, TD-2, TD-7: a new tender in six steps — timetable, weights, lot matrix, lot terms, free space, review. */
export function NewTenderPage() {
  const { t } = useI18n();
  usePageTitle(t('tender.newTitle'));
  const navigate = useNavigate();
  const action = useAction();
  const fieldLabels = useFieldLabels();
  const [draft, setDraft] = useState<TenderDraft>(EMPTY_DRAFT);
  const [index, setIndex] = useState(0);
  const [errors, setErrors] = useState<DraftErrors>({});
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const step = WIZARD_STEPS[index]!;
  const View = STEP_VIEWS[step];

  useEffect(() => {
    if (firstRender.current) firstRender.current = false;
    else headingRef.current?.focus();
  }, [index]);

  const props: StepProps = { draft, errors, change: (patch) => setDraft((current) => ({ ...current, ...patch })) };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = stepErrors(step, draft);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirst(Object.keys(found).map((field) => (field === 'weights' ? 'tender-weights-PRICE' : `tender-${field}`)));
      return;
    }
    if (step !== 'review') {
      setIndex(index + 1);
      return;
    }
    const created = await action.run(() => unwrap(api.POST('/api/tenders', { body: toCreateTender(draft) as unknown as CreateTenderBody })));
    if (created) void navigate(`/aanbestedingen/${created.id}`);
  }

  return (
    <>
      <Heading1>{t('tender.newTitle')}</Heading1>
      <Paragraph>{t('tender.newIntro')}</Paragraph>
      <ol className="rim-steps" aria-label={t('tender.steps')}>
        {WIZARD_STEPS.map((s, i) => (
          <li key={s} aria-current={i === index ? 'step' : undefined} className={i === index ? 'rim-steps__current' : undefined}>
            {t(`tender.step.${s}`)}
          </li>
        ))}
      </ol>
      <form onSubmit={onSubmit} noValidate aria-busy={action.busy} className="rim-form rim-form--wide" aria-labelledby="wizard-step-title" data-testid="tender-wizard" data-step={step}>
        <Heading2 id="wizard-step-title" ref={headingRef} tabIndex={-1}>
          {t('tender.stepOf', { n: index + 1, total: WIZARD_STEPS.length, title: t(`tender.step.${step}`) })}
        </Heading2>
        {action.error && <ProblemAlert error={action.error} fieldLabels={fieldLabels} />}
        <View {...props} />
        <div className="rim-actions">
          {index > 0 && (
            <Button type="button" appearance="secondary-action-button" onClick={() => setIndex(index - 1)}>
              {t('tender.previous')}
            </Button>
          )}
          <Button type="submit" appearance="primary-action-button" busy={action.busy} disabled={action.busy}>
            {step === 'review' ? t('tender.create') : t('tender.next')}
          </Button>
        </div>
      </form>
    </>
  );
}
