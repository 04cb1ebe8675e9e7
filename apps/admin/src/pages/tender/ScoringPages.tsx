import { Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client.js';
import type { MyScore, OpenedBid, QualitativeCriterion } from '../../api/types.js';
import { useAction } from '../../api/use-action.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { Loading } from '../../auth/guards.js';
import { DataTable } from '../../components/DataTable.js';
import { focusFirst, TextField, wholeNumber } from '../../components/fields.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { ResultCount } from '../../components/ResultCount.js';
import { usePageTitle } from '../../components/page-title.js';
import { useTenderFormat } from '../../components/tender/format.js';
import { useTender, useTenders } from '../../components/tender/tenders.js';
import { useI18n } from '../../i18n/i18n.js';

const QUALITATIVE: readonly QualitativeCriterion[] = ['TARGET_GROUP_FIT', 'REGIONAL_FIT'];

/** The opened bids of a tender and this evaluator's own scores (never another evaluator's: TD-7 blind scoring). */
function useBidsAndMyScores(id: string) {
  return useApiQuery(`scoring:${id}`, async (signal) => {
    const path = { params: { path: { id } }, signal };
    const [bids, mine] = await Promise.all([unwrap(api.GET('/api/tenders/{id}/bids', path)), unwrap(api.GET('/api/tenders/{id}/my-scores', path))]);
    return { bids, mine };
  });
}

const scoreOf = (mine: readonly MyScore[], bidId: string, criterion: QualitativeCriterion) => mine.find((s) => s.bidId === bidId && s.criterion === criterion)?.score;

/** Tenders whose bids are open for the panel. The API lets only assigned evaluators score; it has no "assigned to me" list. */
export function ScoringTendersPage() {
  const { t, formatDateTime } = useI18n();
  usePageTitle(t('scoring.title'));
  const list = useTenders((x) => x.status === 'OPENED');
  return (
    <>
      <Heading1>{t('scoring.title')}</Heading1>
      <Paragraph>{t('scoring.intro')}</Paragraph>
      {list.status === 'error' && <ProblemAlert error={list.error} />}
      <ResultCount loading={list.status === 'loading'} total={list.tenders?.length} one={t('tenders.countOne')} many={(count) => t('tenders.count', { count })} />
      {list.tenders && list.tenders.length > 0 && (
        <DataTable
          caption={t('scoring.caption')}
          testId="scoring-tenders"
          rows={list.tenders}
          rowKey={(x) => x.id}
          columns={[
            { header: t('tender.name'), rowHeader: true, cell: (x) => <Link to={`/inschrijvingen-scoren/${x.id}`} className="utrecht-link utrecht-link--html-a">{x.name}</Link> },
            { header: t('tender.bidDeadlineAt'), nowrap: true, cell: (x) => formatDateTime(x.bidDeadlineAt) },
          ]}
        />
      )}
    </>
  );
}

/** One tender's opened bids with this evaluator's progress; each links to its scoring page. */
export function ScoringTenderPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const format = useTenderFormat();
  const tender = useTender(id);
  const data = useBidsAndMyScores(id);
  usePageTitle(tender.data?.name ?? t('scoring.title'));
  const lotName = (lotId: string) => {
    const lot = tender.data?.lots.find((l) => l.id === lotId);
    return lot ? format.lotName(lot) : lotId;
  };
  return (
    <>
      <Heading1>{t('scoring.tenderTitle', { name: tender.data?.name ?? '' })}</Heading1>
      <Paragraph>{t('scoring.blind')}</Paragraph>
      {data.status === 'error' && <ProblemAlert error={data.error} />}
      {data.data && (
        <DataTable
          caption={t('scoring.bidsCaption')}
          testId="scoring-bids"
          rowTestId="scoring-bid"
          rowData={(b) => ({ provider: b.providerName })}
          rows={data.data.bids}
          rowKey={(b) => b.bidId}
          columns={[
            { header: t('selection.provider'), rowHeader: true, cell: (b) => <Link to={`/inschrijvingen-scoren/${id}/${b.bidId}`} className="utrecht-link utrecht-link--html-a">{b.providerName}</Link> },
            { header: t('tender.lot'), cell: (b) => lotName(b.lotId) },
            ...QUALITATIVE.map((c) => ({ header: format.criterion(c), numeric: true, cell: (b: OpenedBid) => scoreOf(data.data?.mine ?? [], b.bidId, c) ?? t('scoring.notYet') })),
          ]}
        />
      )}
    </>
  );
}

function ScoreForm({ tenderId, bid, mine, onSaved }: { tenderId: string; bid: OpenedBid; mine: readonly MyScore[]; onSaved(): void }) {
  const { t } = useI18n();
  const format = useTenderFormat();
  const action = useAction();
  const [texts, setTexts] = useState<Record<QualitativeCriterion, string>>(() => ({
    TARGET_GROUP_FIT: String(scoreOf(mine, bid.bidId, 'TARGET_GROUP_FIT') ?? ''),
    REGIONAL_FIT: String(scoreOf(mine, bid.bidId, 'REGIONAL_FIT') ?? ''),
  }));
  const [invalid, setInvalid] = useState<QualitativeCriterion[]>([]);
  const [saved, setSaved] = useState(false);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const bad = QUALITATIVE.filter((c) => {
      const n = wholeNumber(texts[c]);
      return n === null || n > 10;
    });
    setInvalid(bad);
    if (bad.length) {
      focusFirst(bad.map((c) => `score-${c}`));
      return;
    }
    const done = await action.run(async () => {
      for (const criterion of QUALITATIVE) {
        await unwrap(api.PUT('/api/tenders/{id}/bids/{bidId}/scores/{criterion}', { params: { path: { id: tenderId, bidId: bid.bidId, criterion } }, body: { score: wholeNumber(texts[criterion]) ?? 0 } }));
      }
      return true;
    });
    if (done) {
      setSaved(true);
      onSaved();
    }
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-busy={action.busy} className="rim-form" aria-labelledby="score-title" data-testid="score-form">
      <Heading2 id="score-title">{t('scoring.yourScores')}</Heading2>
      {action.error && <ProblemAlert error={action.error} />}
      {QUALITATIVE.map((c) => (
        <TextField key={c} id={`score-${c}`} inputMode="numeric" label={t('scoring.scoreFor', { criterion: format.criterion(c) })} description={t('scoring.scoreHint')} value={texts[c]} onChange={(text) => setTexts({ ...texts, [c]: text })} error={invalid.includes(c) ? t('evaluation.error.score') : null} />
      ))}
      {saved && (
        <Paragraph role="status" data-testid="score-saved">
          {t('scoring.saved')}
        </Paragraph>
      )}
      <Button type="submit" appearance="primary-action-button" busy={action.busy} disabled={action.busy}>
        {t('scoring.save')}
      </Button>
    </form>
  );
}

/** TD-7: one bid — its plans and promised figures — and this evaluator's scores on criteria 5 and 6. */
export function ScoringBidPage() {
  const { id = '', bidId = '' } = useParams();
  const { t, formatNumber } = useI18n();
  const format = useTenderFormat();
  const data = useBidsAndMyScores(id);
  const bid = data.data?.bids.find((b) => b.bidId === bidId);
  usePageTitle(bid ? t('scoring.bidTitle', { provider: bid.providerName }) : t('scoring.title'));
  if (!data.data) return data.status === 'error' ? <ProblemAlert error={data.error} /> : <Loading />;
  if (!bid) return <Paragraph>{t('error.NOT_FOUND')}</Paragraph>;
  const others = data.data.bids;
  const next = others[(others.indexOf(bid) + 1) % others.length];
  return (
    <>
      <Heading1>{t('scoring.bidTitle', { provider: bid.providerName })}</Heading1>
      <Paragraph>{t('scoring.blind')}</Paragraph>
      <Paragraph>
        {t('scoring.figures', { price: format.euros(bid.priceCents), dropOut: format.percent(bid.dropOutBp), placement: format.percent(bid.placementBp), duration: formatNumber(bid.durationDays) })}
      </Paragraph>
      <Heading2>{format.criterion('TARGET_GROUP_FIT')}</Heading2>
      <Paragraph className="rim-quote" data-testid="target-group-plan">{bid.targetGroupPlan}</Paragraph>
      <Heading2>{format.criterion('REGIONAL_FIT')}</Heading2>
      <Paragraph className="rim-quote" data-testid="regional-plan">{bid.regionalPlan}</Paragraph>
      <ScoreForm key={bid.bidId} tenderId={id} bid={bid} mine={data.data.mine} onSaved={data.reload} />
      <Paragraph>
        <Link to={`/inschrijvingen-scoren/${id}`} className="utrecht-link utrecht-link--html-a">
          {t('scoring.backToBids')}
        </Link>
        {next && next !== bid && (
          <>
            {' · '}
            <Link to={`/inschrijvingen-scoren/${id}/${next.bidId}`} className="utrecht-link utrecht-link--html-a">
              {t('scoring.nextBid', { provider: next.providerName })}
            </Link>
          </>
        )}
      </Paragraph>
    </>
  );
}
