import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  RadioButton,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client.js';
import { useCodeList } from '../../api/reference.js';
import type { CreateFrameworkInput, Framework } from '../../api/types.js';
import { ifMatch, useAction } from '../../api/use-action.js';
import { DataTable } from '../../components/DataTable.js';
import { focusFirst, TextAreaField, TextField, wholeNumber } from '../../components/fields.js';
import { useFrameworks } from '../../components/framework/frameworks.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { usePageTitle } from '../../components/page-title.js';
import { useI18n, type MessageKey } from '../../i18n/i18n.js';

const LEGAL_MODES = ['OPEN_HOUSE', 'DPS'] as const;
type LegalMode = (typeof LEGAL_MODES)[number];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** FW-1: the fixed hourly rate defaults to €78; the form does not offer to change it. */
const DEFAULT_HOURLY_RATE_CENTS = 7800;

function NewFrameworkForm({ onCreated }: { onCreated(): void }) {
  const { t } = useI18n();
  const action = useAction();
  const [name, setName] = useState('');
  const [legalMode, setLegalMode] = useState<LegalMode>('OPEN_HOUSE');
  const [validFrom, setValidFrom] = useState('');
  const [validUntil, setValidUntil] = useState('');
  const [days, setDays] = useState('10');
  const [summary, setSummary] = useState('');
  const [errors, setErrors] = useState<Partial<Record<'name' | 'validFrom' | 'validUntil' | 'days', MessageKey>>>({});

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: typeof errors = {};
    if (name.trim().length < 3) found.name = 'form.required';
    if (!DATE.test(validFrom)) found.validFrom = 'form.date';
    if (!DATE.test(validUntil) || validUntil < validFrom) found.validUntil = 'frameworks.error.until';
    const decisionWorkingDays = wholeNumber(days);
    if (decisionWorkingDays === null || decisionWorkingDays < 1) found.days = 'form.wholeNumber';
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirst((['name', 'validFrom', 'validUntil', 'days'] as const).filter((f) => found[f]).map((f) => `framework-${f}`));
      return;
    }
    const body: CreateFrameworkInput = { name: name.trim(), hourlyRateCents: DEFAULT_HOURLY_RATE_CENTS, legalMode, validFrom, validUntil, decisionWorkingDays: decisionWorkingDays ?? 10, ...(summary.trim() ? { summary: summary.trim() } : {}) };
    const created = await action.run(() => unwrap(api.POST('/api/frameworks', { body })));
    if (created) {
      setName('');
      setSummary('');
      onCreated();
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-busy={action.busy} className="rim-form" aria-labelledby="framework-new-title">
      <Heading2 id="framework-new-title">{t('frameworks.newTitle')}</Heading2>
      <Paragraph>{t('frameworks.newIntro')}</Paragraph>
      {action.error && <ProblemAlert error={action.error} />}
      <TextField id="framework-name" label={t('frameworks.name')} value={name} onChange={setName} error={errors.name ? t(errors.name) : null} />
      <Fieldset role="radiogroup">
        <FieldsetLegend>{t('frameworks.legalMode')}</FieldsetLegend>
        {LEGAL_MODES.map((mode) => (
          <FormField
            key={mode}
            type="radio"
            label={
              <FormLabel htmlFor={`framework-mode-${mode}`} type="radio" checked={legalMode === mode}>
                {t(`legalMode.${mode}`)}
              </FormLabel>
            }
            input={<RadioButton id={`framework-mode-${mode}`} name="legalMode" value={mode} checked={legalMode === mode} onChange={() => setLegalMode(mode)} />}
          />
        ))}
      </Fieldset>
      <TextField id="framework-validFrom" type="date" label={t('frameworks.validFrom')} value={validFrom} onChange={setValidFrom} error={errors.validFrom ? t(errors.validFrom) : null} />
      <TextField id="framework-validUntil" type="date" label={t('frameworks.validUntil')} value={validUntil} onChange={setValidUntil} error={errors.validUntil ? t(errors.validUntil) : null} />
      <TextField id="framework-days" inputMode="numeric" label={t('frameworks.decisionDays')} description={t('frameworks.decisionDaysHint')} value={days} onChange={setDays} error={errors.days ? t(errors.days) : null} />
      <TextAreaField id="framework-summary" label={t('frameworks.summary')} description={t('frameworks.summaryHint')} value={summary} onChange={setSummary} />
      <Button type="submit" appearance="primary-action-button" busy={action.busy} disabled={action.busy} data-testid="framework-create">
        {t('frameworks.create')}
      </Button>
    </form>
  );
}

/** FW-4: a new terms version; participants who do not accept it by its effective date stop being active. */
function NewTermsForm({ framework, onDone }: { framework: Framework; onDone(): void }) {
  const { t } = useI18n();
  const action = useAction();
  const [summary, setSummary] = useState('');
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [errors, setErrors] = useState<Partial<Record<'summary' | 'effectiveFrom', MessageKey>>>({});
  const id = `terms-${framework.id}`;
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: typeof errors = {};
    if (summary.trim().length < 3) found.summary = 'form.required';
    if (!DATE.test(effectiveFrom)) found.effectiveFrom = 'form.date';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const done = await action.run(() =>
      unwrap(api.POST('/api/frameworks/{id}/terms', { params: { path: { id: framework.id }, header: ifMatch(framework.version) }, body: { summary: summary.trim(), effectiveFrom, hourlyRateCents: framework.terms.hourlyRateCents } })),
    );
    if (done) onDone();
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-busy={action.busy} className="rim-form" aria-label={t('frameworks.termsFor', { framework: framework.name })}>
      {action.error && <ProblemAlert error={action.error} />}
      <TextAreaField id={`${id}-summary`} label={t('frameworks.termsSummary')} value={summary} onChange={setSummary} error={errors.summary ? t(errors.summary) : null} />
      <TextField id={`${id}-effectiveFrom`} type="date" label={t('frameworks.termsEffectiveFrom')} value={effectiveFrom} onChange={setEffectiveFrom} error={errors.effectiveFrom ? t(errors.effectiveFrom) : null} />
      <Button type="submit" appearance="secondary-action-button" busy={action.busy} disabled={action.busy}>
        {t('frameworks.termsSubmit')}
      </Button>
    </form>
  );
}

function FrameworkActions({ framework, onChanged }: { framework: Framework; onChanged(): void }) {
  const { t } = useI18n();
  const action = useAction();
  const [addingTerms, setAddingTerms] = useState(false);
  async function publish() {
    const done = await action.run(() => unwrap(api.POST('/api/frameworks/{id}/publish', { params: { path: { id: framework.id }, header: ifMatch(framework.version) } })));
    if (done) onChanged();
  }
  return (
    <>
      {action.error && <ProblemAlert error={action.error} />}
      {framework.status === 'DRAFT' ? (
        <Button type="button" appearance="primary-action-button" busy={action.busy} onClick={() => void publish()} aria-label={t('frameworks.publishLabel', { framework: framework.name })}>
          {t('frameworks.publish')}
        </Button>
      ) : addingTerms ? (
        <NewTermsForm
          framework={framework}
          onDone={() => {
            setAddingTerms(false);
            onChanged();
          }}
        />
      ) : (
        <Button type="button" appearance="secondary-action-button" onClick={() => setAddingTerms(true)} aria-label={t('frameworks.newTermsLabel', { framework: framework.name })}>
          {t('frameworks.newTerms')}
        </Button>
      )}
    </>
  );
}

/** FW-1: the frameworks with their lots and terms; define a new one, publish it, or issue new terms. */
export function FrameworksPage() {
  const { t, formatDate } = useI18n();
  usePageTitle(t('frameworks.title'));
  const frameworks = useFrameworks('signedIn');
  const services = useCodeList('services');
  return (
    <>
      <Heading1>{t('frameworks.title')}</Heading1>
      <Paragraph>{t('frameworks.intro')}</Paragraph>
      {frameworks.status === 'error' && <ProblemAlert error={frameworks.error} />}
      {frameworks.data && frameworks.data.length > 0 && (
        <DataTable
          caption={t('frameworks.caption')}
          testId="frameworks-table"
          rowTestId="framework-row"
          rows={frameworks.data}
          rowKey={(f) => `${f.id}:${f.version}`}
          columns={[
            { header: t('frameworks.name'), rowHeader: true, cell: (f) => f.name },
            { header: t('frameworks.legalMode'), cell: (f) => t(`legalMode.${f.legalMode}`) },
            {
              header: t('frameworks.validity'),
              nowrap: true,
              cell: (f) => (
                <>
                  {formatDate(f.validFrom)} – {formatDate(f.validUntil)}
                </>
              ),
            },
            { header: t('frameworks.lots'), cell: (f) => f.terms.lots.map((l) => services.label(l.lot)).join(', ') },
            { header: t('frameworks.status'), cell: (f) => t(`frameworkStatus.${f.status}`) },
            { header: t('frameworks.termsVersion'), numeric: true, cell: (f) => f.terms.versionNo },
            { header: t('participants.actions'), cell: (f) => <FrameworkActions framework={f} onChanged={frameworks.reload} /> },
          ]}
        />
      )}
      <NewFrameworkForm onCreated={frameworks.reload} />
    </>
  );
}
