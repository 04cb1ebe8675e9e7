import { Alert, Button, DataList, DataListItem, DataListKey, DataListValue, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { BidReceipt } from '../../../api/types.js';
import { useI18n } from '../../../i18n/i18n.js';

function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useI18n();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  }
  return (
    <>
      <Button type="button" appearance="subtle-button" onClick={() => void copy()} aria-label={label}>
        {t('receipt.copy')}
      </Button>
      <span role="status" className="rim-muted">
        {state === 'copied' ? t('receipt.copied') : state === 'failed' ? t('receipt.copyFailed') : ''}
      </span>
    </>
  );
}

/** TD-5: the receipt of a bid just submitted: the commitment and, this once, the salt the bidder must keep. */
export function BidReceiptCard({ receipt, lotName }: { receipt: BidReceipt; lotName: string }) {
  const { t, formatDateTime } = useI18n();
  return (
    <Alert type="ok" role="status" data-testid="bid-receipt">
      <Heading3>{t('receipt.title', { lot: lotName })}</Heading3>
      <Paragraph>{t('receipt.intro', { time: formatDateTime(receipt.submittedAt) })}</Paragraph>
      <DataList>
        <DataListItem>
          <DataListKey>{t('receipt.commitment')}</DataListKey>
          <DataListValue value={receipt.commitment} className="rim-mono">
            <span data-testid="receipt-commitment">{receipt.commitment}</span>
          </DataListValue>
          <CopyButton text={receipt.commitment} label={t('receipt.copyCommitment')} />
        </DataListItem>
        {receipt.salt && (
          <DataListItem>
            <DataListKey>{t('receipt.salt')}</DataListKey>
            <DataListValue value={receipt.salt} className="rim-mono">
            <span data-testid="receipt-salt">{receipt.salt}</span>
          </DataListValue>
            <CopyButton text={receipt.salt} label={t('receipt.copySalt')} />
          </DataListItem>
        )}
      </DataList>
      <Paragraph>
        <strong>{t('receipt.keepSalt')}</strong>
      </Paragraph>
      <Paragraph>
        <Link to={`/openbaar/ontvangstbewijs?commitment=${receipt.commitment}`} className="utrecht-link utrecht-link--html-a">
          {t('receipt.checkLater')}
        </Link>
      </Paragraph>
    </Alert>
  );
}
