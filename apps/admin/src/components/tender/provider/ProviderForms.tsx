import { Button, Checkbox, FormField, FormLabel, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../../api/client.js';
import type { BidReceipt, SelectionRequest, Tender } from '../../../api/types.js';
import { useAction } from '../../../api/use-action.js';
import { useI18n, type MessageKey } from '../../../i18n/i18n.js';
import { CodeSelect } from '../../CodeSelect.js';
import { focusFirst, TextAreaField, TextField, wholeNumber } from '../../fields.js';
import { ProblemAlert } from '../../ProblemAlert.js';
import { useTenderFormat } from '../format.js';
import { eurosToCents, percentToBp } from '../units.js';
import { BidReceiptCard } from './BidReceiptCard.js';

/** The lot chooser both provider forms start with; a tender with one lot needs no choice but still shows it. */
function LotChoice({ id, tender, value, onChange }: { id: string; tender: Tender; value: string; onChange(lotId: string): void }) {
  const { t } = useI18n();
  const format = useTenderFormat();
  return <CodeSelect id={id} label={t('tender.lot')} options={tender.lots.map((l) => ({ code: l.id, label: format.lotName(l) }))} value={value} onChange={onChange} />;
}

/** TD-3: ask to take part in a lot, as a newcomer to its target group or with the trajectories of the last 3 years. */
export function ParticipationForm({ tender }: { tender: Tender }) {
  const { t } = useI18n();
  const format = useTenderFormat();
  const action = useAction();
  const [lotId, setLotId] = useState(tender.lots[0]?.id ?? '');
  const [newcomer, setNewcomer] = useState(false);
  const [experience, setExperience] = useState('0');
  const [invalid, setInvalid] = useState(false);
  const [requested, setRequested] = useState<SelectionRequest[]>([]);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trajectories = wholeNumber(experience);
    setInvalid(trajectories === null);
    if (trajectories === null) return;
    const request = await action.run(() => unwrap(api.POST('/api/tenders/{id}/lots/{lotId}/selection-requests', { params: { path: { id: tender.id, lotId } }, body: { newcomer, experienceTrajectories: trajectories } })));
    if (request) setRequested((all) => [...all, request]);
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-busy={action.busy} className="rim-form" aria-labelledby="participation-title" data-testid="participation-form">
      <Heading2 id="participation-title">{t('participation.title')}</Heading2>
      <Paragraph>{t('participation.intro')}</Paragraph>
      {action.error && <ProblemAlert error={action.error} />}
      {requested.map((r) => (
        <Paragraph key={r.id} role="status" data-testid="participation-requested">
          {t('participation.requested', { lot: format.lotCodeName(r.lotCode) })}
        </Paragraph>
      ))}
      <LotChoice id="participation-lot" tender={tender} value={lotId} onChange={setLotId} />
      <FormField
        type="checkbox"
        description={t('participation.newcomerHint')}
        label={
          <FormLabel htmlFor="participation-newcomer" type="checkbox" checked={newcomer}>
            {t('participation.newcomer')}
          </FormLabel>
        }
        input={<Checkbox id="participation-newcomer" checked={newcomer} onChange={(event) => setNewcomer(event.target.checked)} />}
      />
      <TextField id="participation-experience" inputMode="numeric" label={t('participation.experience')} value={experience} onChange={setExperience} error={invalid ? t('form.wholeNumber') : null} />
      <Button type="submit" appearance="primary-action-button" busy={action.busy} disabled={action.busy}>
        {t('participation.submit')}
      </Button>
    </form>
  );
}

type BidField = 'price' | 'dropOut' | 'placement' | 'duration' | 'targetGroupPlan' | 'regionalPlan';

/** TD-5: a sealed bid on a lot (shortlisted providers only); a new bid replaces the earlier one until the deadline. */
export function BidForm({ tender, onSubmitted }: { tender: Tender; onSubmitted(): void }) {
  const { t, formatDateTime } = useI18n();
  const format = useTenderFormat();
  const action = useAction();
  const [lotId, setLotId] = useState(tender.lots[0]?.id ?? '');
  const [texts, setTexts] = useState<Record<BidField, string>>({ price: '', dropOut: '', placement: '', duration: '', targetGroupPlan: '', regionalPlan: '' });
  const [errors, setErrors] = useState<Partial<Record<BidField, MessageKey>>>({});
  const [receipt, setReceipt] = useState<{ receipt: BidReceipt; lotName: string } | null>(null);
  const lot = tender.lots.find((l) => l.id === lotId);
  const set = (field: BidField) => (value: string) => setTexts((all) => ({ ...all, [field]: value }));
  const fieldLabels = { priceCents: t('bid.price'), dropOutBp: t('bid.dropOut'), placementBp: t('bid.placement'), durationDays: t('bid.duration'), targetGroupPlan: t('bid.targetGroupPlan'), regionalPlan: t('bid.regionalPlan') };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const priceCents = eurosToCents(texts.price);
    const dropOutBp = percentToBp(texts.dropOut);
    const placementBp = percentToBp(texts.placement);
    const durationDays = wholeNumber(texts.duration);
    const found: Partial<Record<BidField, MessageKey>> = {};
    if (priceCents === null || priceCents < 1) found.price = 'tender.error.euros';
    else if (lot && priceCents > lot.maxPriceCents) found.price = 'bid.error.maxPrice';
    if (dropOutBp === null) found.dropOut = 'tender.error.percent';
    if (placementBp === null) found.placement = 'tender.error.percent';
    if (durationDays === null || durationDays < 1) found.duration = 'form.wholeNumber';
    else if (lot && durationDays > lot.maxDurationDays) found.duration = 'bid.error.maxDuration';
    if (texts.targetGroupPlan.trim().length < 10) found.targetGroupPlan = 'bid.error.plan';
    if (texts.regionalPlan.trim().length < 10) found.regionalPlan = 'bid.error.plan';
    setErrors(found);
    if (Object.keys(found).length || priceCents === null || dropOutBp === null || placementBp === null || durationDays === null) {
      focusFirst(Object.keys(found).map((f) => `bid-${f}`));
      return;
    }
    const body = { priceCents, dropOutBp, placementBp, durationDays, targetGroupPlan: texts.targetGroupPlan.trim(), regionalPlan: texts.regionalPlan.trim() };
    const result = await action.run(() => unwrap(api.PUT('/api/tenders/{id}/lots/{lotId}/bid', { params: { path: { id: tender.id, lotId } }, body })));
    if (result) {
      setReceipt({ receipt: result, lotName: lot ? format.lotName(lot) : '' });
      onSubmitted();
    }
  }
  const field = (f: BidField) => ({ id: `bid-${f}`, value: texts[f], onChange: set(f), error: errors[f] ? t(errors[f]!, { max: lot ? format.euros(lot.maxPriceCents) : '', days: lot?.maxDurationDays ?? '' }) : null });
  return (
    <form onSubmit={onSubmit} noValidate aria-busy={action.busy} className="rim-form" aria-labelledby="bid-title" data-testid="bid-form">
      <Heading2 id="bid-title">{t('bid.title')}</Heading2>
      <Paragraph>{t('bid.intro', { deadline: formatDateTime(tender.bidDeadlineAt) })}</Paragraph>
      {action.error && <ProblemAlert error={action.error} fieldLabels={fieldLabels} />}
      {receipt && <BidReceiptCard receipt={receipt.receipt} lotName={receipt.lotName} />}
      <LotChoice id="bid-lot" tender={tender} value={lotId} onChange={setLotId} />
      <TextField {...field('price')} inputMode="decimal" label={t('bid.price')} description={lot ? t('bid.priceHint', { max: format.euros(lot.maxPriceCents) }) : undefined} />
      <TextField {...field('dropOut')} inputMode="decimal" label={t('bid.dropOut')} description={t('tender.percentHint')} />
      <TextField {...field('placement')} inputMode="decimal" label={t('bid.placement')} description={t('tender.percentHint')} />
      <TextField {...field('duration')} inputMode="numeric" label={t('bid.duration')} description={lot ? t('bid.durationHint', { days: lot.maxDurationDays }) : undefined} />
      <TextAreaField {...field('targetGroupPlan')} label={t('bid.targetGroupPlan')} />
      <TextAreaField {...field('regionalPlan')} label={t('bid.regionalPlan')} />
      <Button type="submit" appearance="primary-action-button" busy={action.busy} disabled={action.busy}>
        {t('bid.submit')}
      </Button>
    </form>
  );
}

/** TD-8: during the standstill a bidder objects to the award of a lot it bid on. */
export function ObjectionForm({ tender }: { tender: Tender }) {
  const { t } = useI18n();
  const action = useAction();
  const [lotId, setLotId] = useState(tender.lots[0]?.id ?? '');
  const [grounds, setGrounds] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [filed, setFiled] = useState(false);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setInvalid(grounds.trim().length < 10);
    if (grounds.trim().length < 10) return;
    const done = await action.run(() => unwrap(api.POST('/api/tenders/{id}/objections', { params: { path: { id: tender.id } }, body: { lotId, grounds: grounds.trim() } })));
    if (done) {
      setFiled(true);
      setGrounds('');
    }
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-busy={action.busy} className="rim-form" aria-labelledby="objection-title" data-testid="objection-form">
      <Heading2 id="objection-title">{t('objection.title')}</Heading2>
      <Paragraph>{t('objection.intro')}</Paragraph>
      {action.error && <ProblemAlert error={action.error} />}
      {filed && <Paragraph role="status">{t('objection.filed')}</Paragraph>}
      <LotChoice id="objection-lot" tender={tender} value={lotId} onChange={setLotId} />
      <TextAreaField id="objection-grounds" label={t('objection.grounds')} value={grounds} onChange={setGrounds} error={invalid ? t('evaluation.error.rationale') : null} />
      <Button type="submit" appearance="secondary-action-button" busy={action.busy} disabled={action.busy}>
        {t('objection.submit')}
      </Button>
    </form>
  );
}
