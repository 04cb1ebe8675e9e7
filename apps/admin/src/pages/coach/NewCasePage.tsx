import { Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client.js';
import { fieldErrorOf } from '../../api/problem.js';
import { useCodeList } from '../../api/reference.js';
import type { CreateCaseInput } from '../../api/types.js';
import { useAction } from '../../api/use-action.js';
import { CheckboxGroup } from '../../components/CheckboxGroup.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { focusFirst, TextField, wholeNumber } from '../../components/fields.js';
import { usePageTitle } from '../../components/page-title.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useI18n } from '../../i18n/i18n.js';

const AGE_BANDS: readonly CreateCaseInput['ageBand'][] = ['<27', '27-44', '45-54', '55+'];
const DISTANCES = ['1', '2', '3', '4', '5'] as const;

type Field = 'bsn' | 'benefitType' | 'targetGroup' | 'region' | 'distanceToLabourMarket' | 'ageBand' | 'hoursPerWeek';

/**
 * IC-1: the coach opens a client case. The BSN is typed once and leaves the browser only in this request: the API keeps a
 * keyed HMAC and a sealed copy, and no page shows it again except the audited "show BSN" on the case.
 */
export function NewCasePage() {
  const { t } = useI18n();
  usePageTitle(t('case.new'));
  const navigate = useNavigate();
  const action = useAction();
  const benefitTypes = useCodeList('benefit-types');
  const targetGroups = useCodeList('target-groups');
  const regions = useCodeList('regions', { sortByLabel: true });
  const barrierList = useCodeList('barriers');
  const [values, setValues] = useState<Record<Field, string>>({ bsn: '', benefitType: '', targetGroup: '', region: '', distanceToLabourMarket: '', ageBand: '', hoursPerWeek: '' });
  const [barriers, setBarriers] = useState<string[]>([]);
  const [invalid, setInvalid] = useState<Set<Field>>(new Set());
  const set = (field: Field) => (value: string) => setValues((all) => ({ ...all, [field]: value }));
  const error = (field: Field, local: string) => (invalid.has(field) ? local : fieldErrorOf(action.error, field));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = new Set<Field>();
    if (!/^\d{9}$/.test(values.bsn.trim())) found.add('bsn');
    for (const f of ['benefitType', 'targetGroup', 'region', 'distanceToLabourMarket', 'ageBand'] as const) if (!values[f]) found.add(f);
    if (wholeNumber(values.hoursPerWeek) === null) found.add('hoursPerWeek');
    setInvalid(found);
    if (found.size) {
      focusFirst([...found].map((f) => `case-${f}`));
      return;
    }
    const body: CreateCaseInput = {
      bsn: values.bsn.trim(), benefitType: values.benefitType, targetGroup: values.targetGroup, region: values.region,
      distanceToLabourMarket: Number(values.distanceToLabourMarket), ageBand: values.ageBand as CreateCaseInput['ageBand'], barriers, hoursPerWeek: wholeNumber(values.hoursPerWeek)!,
    };
    const created = await action.run(() => unwrap(api.POST('/api/cases', { body })));
    if (created) {
      setValues((all) => ({ ...all, bsn: '' }));
      void navigate(`/clienten/${created.id}`);
    }
  }

  return (
    <>
      <Heading1>{t('case.new')}</Heading1>
      <Paragraph>{t('case.newIntro')}</Paragraph>
      <form onSubmit={onSubmit} noValidate aria-busy={action.busy} className="rim-form rim-form--wide" aria-label={t('case.new')} data-testid="case-form">
        {action.error && <ProblemAlert error={action.error} />}
        <TextField id="case-bsn" label={t('case.bsn')} description={t('case.bsnHint')} inputMode="numeric" autoComplete="off" value={values.bsn} onChange={set('bsn')} error={error('bsn', t('case.bsnInvalid'))} />
        <CodeSelect id="case-benefitType" label={t('case.benefitType')} options={benefitTypes.options} emptyLabel={t('form.chooseOption')} value={values.benefitType} onChange={set('benefitType')} error={error('benefitType', t('form.choose'))} />
        <CodeSelect id="case-targetGroup" label={t('case.targetGroup')} description={t('targetGroups.illustrative')} options={targetGroups.options} emptyLabel={t('form.chooseOption')} value={values.targetGroup} onChange={set('targetGroup')} error={error('targetGroup', t('form.choose'))} />
        <CodeSelect id="case-region" label={t('case.region')} options={regions.options} emptyLabel={t('form.chooseOption')} value={values.region} onChange={set('region')} error={error('region', t('form.choose'))} />
        <CodeSelect
          id="case-distanceToLabourMarket"
          label={t('case.distance')}
          description={t('case.distanceHint')}
          options={DISTANCES.map((d) => ({ code: d, label: d }))}
          emptyLabel={t('form.chooseOption')}
          value={values.distanceToLabourMarket}
          onChange={set('distanceToLabourMarket')}
          error={error('distanceToLabourMarket', t('form.choose'))}
        />
        <CodeSelect id="case-ageBand" label={t('case.ageBand')} options={AGE_BANDS.map((a) => ({ code: a, label: a }))} emptyLabel={t('form.chooseOption')} value={values.ageBand} onChange={set('ageBand')} error={error('ageBand', t('form.choose'))} />
        <TextField id="case-hoursPerWeek" inputMode="numeric" label={t('case.hoursPerWeek')} value={values.hoursPerWeek} onChange={set('hoursPerWeek')} error={error('hoursPerWeek', t('form.wholeNumber'))} />
        <CheckboxGroup id="case-barriers" legend={t('case.barriers')} options={barrierList.options} selected={barriers} onChange={setBarriers} columns error={fieldErrorOf(action.error, 'barriers')} />
        <Button type="submit" appearance="primary-action-button" busy={action.busy} disabled={action.busy}>
          {t('case.create')}
        </Button>
      </form>
    </>
  );
}
