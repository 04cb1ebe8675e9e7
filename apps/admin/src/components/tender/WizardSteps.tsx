import { Checkbox, DataList, DataListItem, DataListKey, DataListValue, FormField, FormLabel, Paragraph } from '@utrecht/component-library-react';
import { useCodeList } from '../../api/reference.js';
import { useI18n } from '../../i18n/i18n.js';
import { CheckboxGroup } from '../CheckboxGroup.js';
import { CodeSelect } from '../CodeSelect.js';
import { TextField } from '../fields.js';
import { CRITERIA, useTenderFormat } from './format.js';
import { freeSpaceUsage, lotMatrix, PURPOSES, toCreateTender, type DraftErrors, type DraftField, type Purpose, type TenderDraft } from './tender-draft.js';
import { WeightsFields } from './WeightsFields.js';

export interface StepProps {
  draft: TenderDraft;
  change(patch: Partial<TenderDraft>): void;
  errors: DraftErrors;
}

/** A text field of the draft: id `tender-<field>`, its error from the step's checks. */
function DraftField({ field, label, description, draft, change, errors, ...input }: StepProps & { field: DraftField; label: string; description?: string; type?: string; inputMode?: 'numeric' | 'decimal'; step?: number }) {
  const { t } = useI18n();
  const error = errors[field];
  const value = draft[field];
  return (
    <TextField id={`tender-${field}`} label={label} description={description} value={typeof value === 'string' ? value : ''} onChange={(text) => change({ [field]: text })} error={error ? t(error) : null} {...input} />
  );
}

export function TimetableStep(props: StepProps) {
  const { t } = useI18n();
  const { draft, change } = props;
  return (
    <>
      <DraftField {...props} field="name" label={t('tender.name')} />
      <Paragraph>{t('tender.timesInAmsterdam')}</Paragraph>
      <DraftField {...props} field="questionsCloseAt" type="datetime-local" step={1} label={t('tender.questionsCloseAt')} />
      <DraftField {...props} field="selectionDeadlineAt" type="datetime-local" step={1} label={t('tender.selectionDeadlineAt')} />
      <DraftField {...props} field="bidDeadlineAt" type="datetime-local" step={1} label={t('tender.bidDeadlineAt')} />
      <DraftField {...props} field="standstillDays" inputMode="numeric" label={t('tender.standstillDays')} description={t('tender.standstillHint')} />
      <FormField
        type="checkbox"
        description={t('tender.openingQuorumHint')}
        label={
          <FormLabel htmlFor="tender-openingQuorum" type="checkbox" checked={draft.openingQuorum}>
            {t('tender.openingQuorum')}
          </FormLabel>
        }
        input={<Checkbox id="tender-openingQuorum" checked={draft.openingQuorum} onChange={(event) => change({ openingQuorum: event.target.checked })} />}
      />
    </>
  );
}

export function WeightsStep({ draft, change, errors }: StepProps) {
  const { t } = useI18n();
  return <WeightsFields id="tender-weights" legend={t('tender.weights')} value={draft.weights} onChange={(weights) => change({ weights })} showError={Boolean(errors.weights)} />;
}

export function LotsStep({ draft, change, errors }: StepProps) {
  const { t } = useI18n();
  const targetGroups = useCodeList('target-groups', { sortByLabel: true });
  const regions = useCodeList('regions', { sortByLabel: true });
  const lots = lotMatrix(draft).length;
  return (
    <>
      <Paragraph role="status" data-testid="lot-count" data-count={lots}>
        {draft.regions.length === 0 ? t('tender.lotCountNational', { count: lots }) : t('tender.lotCount', { count: lots })}
      </Paragraph>
      <CheckboxGroup id="tender-targetGroups" legend={t('tender.targetGroups')} options={targetGroups.options} selected={draft.targetGroups} onChange={(next) => change({ targetGroups: next, freeSpace: {} })} error={errors.targetGroups ? t(errors.targetGroups) : null} columns />
      <CheckboxGroup id="tender-regions" legend={t('tender.regions')} description={t('tender.regionsHint')} options={regions.options} selected={draft.regions} onChange={(next) => change({ regions: next, freeSpace: {} })} columns />
    </>
  );
}

export function TermsStep(props: StepProps) {
  const { t } = useI18n();
  return (
    <>
      <DraftField {...props} field="expectedVolume" inputMode="numeric" label={t('tender.expectedVolume')} description={t('tender.perLot')} />
      <DraftField {...props} field="tranches" inputMode="numeric" label={t('tender.tranches')} />
      <DraftField {...props} field="minReferrals" inputMode="numeric" label={t('tender.minReferrals')} description={t('tender.perTranche')} />
      <DraftField {...props} field="maxPrice" inputMode="decimal" label={t('tender.maxPriceEuros')} description={t('tender.eurosHint')} />
      <DraftField {...props} field="maxDurationDays" inputMode="numeric" label={t('tender.maxDurationDays')} />
      <DraftField {...props} field="fixedShare" inputMode="decimal" label={t('tender.fixedShare')} description={t('tender.percentHint')} />
      <DraftField {...props} field="durabilityMonths" inputMode="numeric" label={t('tender.durabilityMonths')} />
      <DraftField {...props} field="bonus" inputMode="decimal" label={t('tender.bonusEuros')} description={t('tender.eurosHint')} />
    </>
  );
}

/** TD-2: which lots go on the free-space track, and the cap they must stay under. */
export function FreeSpaceStep(props: StepProps) {
  const { t, formatNumber } = useI18n();
  const format = useTenderFormat();
  const { draft, change } = props;
  const usage = freeSpaceUsage(draft);
  const options = PURPOSES.map((p) => ({ code: p, label: format.purpose(p) }));
  return (
    <>
      <DraftField {...props} field="capPercent" inputMode="decimal" label={t('tender.vrijeRuimteCap')} description={t('tender.percentHint')} />
      <Paragraph role="status" data-testid="free-space-usage">
        {t('tender.freeSpaceUsage', { free: formatNumber(usage.free), total: formatNumber(usage.total), cap: usage.capBp === null ? '?' : format.percent(usage.capBp) })}
      </Paragraph>
      {lotMatrix(draft).map((lot) => (
        <CodeSelect
          key={lot.code}
          id={`tender-free-${lot.code.replace('/', '-')}`}
          label={t('tender.trackOf', { lot: format.lotName(lot) })}
          options={options}
          emptyLabel={t('tender.regular')}
          value={draft.freeSpace[lot.code] ?? ''}
          onChange={(code) => {
            const next: Record<string, Purpose> = { ...draft.freeSpace };
            if (code) next[lot.code] = code as Purpose;
            else delete next[lot.code];
            change({ freeSpace: next });
          }}
        />
      ))}
    </>
  );
}

export function ReviewStep({ draft }: StepProps) {
  const { t, formatDateTime, formatNumber } = useI18n();
  const format = useTenderFormat();
  const body = toCreateTender(draft);
  const rows: [string, string][] = [
    [t('tender.name'), body.name],
    [t('tender.questionsCloseAt'), formatDateTime(body.questionsCloseAt)],
    [t('tender.selectionDeadlineAt'), formatDateTime(body.selectionDeadlineAt)],
    [t('tender.bidDeadlineAt'), formatDateTime(body.bidDeadlineAt)],
    [t('tender.standstillDays'), t('tender.days', { count: body.standstillDays ?? 20 })],
    [t('tender.weights'), CRITERIA.map((c) => `${format.criterion(c)} ${body.weights[c]}`).join(' · ')],
    [t('tender.lots'), lotMatrix(draft).map((l) => `${format.lotName(l)}${draft.freeSpace[l.code] ? ` (${format.purpose(draft.freeSpace[l.code]!)})` : ''}`).join('; ')],
    [t('tender.expectedVolume'), formatNumber(body.lotTerms.expectedVolume)],
    [t('tender.tranches'), String(body.lotTerms.tranches)],
    [t('tender.maxPrice'), format.euros(body.lotTerms.maxPriceCents)],
    [t('tender.fixedShare'), format.percent(body.lotTerms.financing.fixedShareBp)],
    [t('tender.bonusEuros'), format.euros(body.lotTerms.financing.bonusCents)],
  ];
  return (
    <DataList data-testid="tender-review">
      {rows.map(([key, value]) => (
        <DataListItem key={key}>
          <DataListKey>{key}</DataListKey>
          <DataListValue value={value}>{value}</DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}
