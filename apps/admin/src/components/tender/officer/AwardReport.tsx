import { Heading2, Heading3, Heading4, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { api, unwrap } from '../../../api/client.js';
import type { LotAward, Tender } from '../../../api/types.js';
import { useApiQuery } from '../../../api/use-api-query.js';
import { useI18n } from '../../../i18n/i18n.js';
import { ProblemAlert } from '../../ProblemAlert.js';
import { ScoreSheetTable } from '../ScoreSheetTable.js';
import { useTenderFormat } from '../format.js';

/** TD-8: per lot the ranking with every criterion's points, what decided it, and which provider won each tranche. */
export function AwardReport({ tender }: { tender: Tender }) {
  const { t } = useI18n();
  const format = useTenderFormat();
  const report = useApiQuery(`award:${tender.id}:${tender.status}`, async (signal) => {
    const path = { params: { path: { id: tender.id } }, signal };
    const [award, bids] = await Promise.all([unwrap(api.GET('/api/tenders/{id}/award', path)) as unknown as Promise<LotAward[]>, unwrap(api.GET('/api/tenders/{id}/bids', path))]);
    return { award, bids };
  });
  const bidder = new Map((report.data?.bids ?? []).map((b) => [b.bidId, b.providerName]));
  const provider = new Map((report.data?.bids ?? []).map((b) => [b.providerId, b.providerName]));
  return (
    <section aria-labelledby="award-title" data-testid="award-report">
      <Heading2 id="award-title">{t('award.title')}</Heading2>
      {report.status === 'error' && <ProblemAlert error={report.error} />}
      {report.data?.award.map((lot) => (
        <section key={lot.lotId} aria-labelledby={`award-${lot.lotId}`} data-testid="award-lot" data-lot={lot.lotCode}>
          <Heading3 id={`award-${lot.lotId}`}>{format.lotCodeName(lot.lotCode)}</Heading3>
          {lot.sheets.length === 0 ? (
            <Paragraph>{t('award.noBids')}</Paragraph>
          ) : (
            <ScoreSheetTable caption={t('award.caption', { lot: format.lotCodeName(lot.lotCode) })} sheets={lot.sheets} bidderName={(s) => bidder.get(s.bidId) ?? s.bidId} />
          )}
          <Heading4 id={`tranches-${lot.lotId}`}>{t('award.tranches')}</Heading4>
          <UnorderedList aria-labelledby={`tranches-${lot.lotId}`} data-testid="tranche-winners">
            {lot.tranches.map((tranche) => (
              <UnorderedListItem key={tranche.trancheId} data-testid="tranche-winner">
                {t('award.tranche', { tranche: tranche.trancheId.split('#')[1] ?? tranche.trancheId, provider: tranche.bidderId ? (provider.get(tranche.bidderId) ?? tranche.bidderId) : t('award.noWinner') })}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
      ))}
    </section>
  );
}
