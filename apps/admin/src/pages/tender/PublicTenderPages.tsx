import { Alert, Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client.js';
import { ApiError } from '../../api/problem.js';
import { useAction } from '../../api/use-action.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { DataTable } from '../../components/DataTable.js';
import { TextField } from '../../components/fields.js';
import { PublicLayout } from '../../components/Layout.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { ResultCount } from '../../components/ResultCount.js';
import { usePageTitle } from '../../components/page-title.js';
import { canVerifyInBrowser, normaliseCommitment, verifyMerkleProof } from '../../components/tender/merkle.js';
import { TenderStatusTag } from '../../components/tender/TenderStatus.js';
import { useI18n } from '../../i18n/i18n.js';

function usePublicTenders() {
  return useApiQuery('public-tenders', (signal) => unwrap(api.GET('/api/public/tenders', { signal })));
}

/** TR-3: every published tender with its state and deadlines, for anyone. */
export function PublicTendersPage() {
  const { t, formatDateTime } = useI18n();
  usePageTitle(t('publicTenders.title'));
  const list = usePublicTenders();
  return (
    <PublicLayout>
      <Heading1>{t('publicTenders.title')}</Heading1>
      <Paragraph>{t('publicTenders.intro')}</Paragraph>
      {list.status === 'error' && <ProblemAlert error={list.error} />}
      <ResultCount loading={list.status === 'loading'} total={list.data?.length} one={t('tenders.countOne')} many={(count) => t('tenders.count', { count })} />
      {list.data && list.data.length > 0 && (
        <DataTable
          caption={t('publicTenders.caption')}
          testId="public-tenders"
          rows={list.data}
          rowKey={(x) => x.id}
          columns={[
            { header: t('tender.name'), rowHeader: true, cell: (x) => x.name },
            { header: t('selection.status'), cell: (x) => <TenderStatusTag status={x.status} /> },
            { header: t('tender.bidDeadlineAt'), nowrap: true, cell: (x) => formatDateTime(x.bidDeadlineAt) },
            {
              header: t('publicTenders.check'),
              cell: (x) => (
                <Link to={`/openbaar/ontvangstbewijs?tender=${x.id}`} className="utrecht-link utrecht-link--html-a" aria-label={t('publicTenders.checkLabel', { name: x.name })}>
                  {t('publicTenders.check')}
                </Link>
              ),
            },
          ]}
        />
      )}
    </PublicLayout>
  );
}

type Verdict = { included: true; root: string; steps: number } | { included: false; root: string };

/**
 * TD-5: anyone pastes a receipt's commitment; the browser fetches the published root and the proof and recomputes the
 * path with SHA-256 itself, so the answer does not rest on the server's word.
 */
export function ReceiptCheckPage() {
  const { t } = useI18n();
  usePageTitle(t('receiptCheck.title'));
  const [params] = useSearchParams();
  const tenders = usePublicTenders();
  const action = useAction();
  const [tenderId, setTenderId] = useState(params.get('tender') ?? '');
  const [commitment, setCommitment] = useState(params.get('commitment') ?? '');
  const [errors, setErrors] = useState<{ tender?: boolean; commitment?: boolean }>({});
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [notFound, setNotFound] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setVerdict(null);
    setNotFound(false);
    const leaf = normaliseCommitment(commitment);
    setErrors({ tender: !tenderId, commitment: leaf === null });
    if (!tenderId || leaf === null) return;
    const result = await action.run(async () => {
      const path = { params: { path: { id: tenderId } } };
      const root = await unwrap(api.GET('/api/public/tenders/{id}/merkle-root', path));
      try {
        const proof = await unwrap(api.GET('/api/public/tenders/{id}/merkle-proofs/{commitment}', { params: { path: { id: tenderId, commitment: leaf } } }));
        const included = await verifyMerkleProof(leaf, proof.proof, root.root);
        return included ? { included, root: root.root, steps: proof.proof.length } : { included, root: root.root };
      } catch (error) {
        if (error instanceof ApiError && error.code === 'NOT_FOUND') return { included: false as const, root: root.root, missing: true };
        throw error;
      }
    });
    if (result) {
      setNotFound('missing' in result);
      setVerdict(result);
    }
  }

  return (
    <PublicLayout>
      <Heading1>{t('receiptCheck.title')}</Heading1>
      <Paragraph>{t('receiptCheck.intro')}</Paragraph>
      {!canVerifyInBrowser() && (
        <Alert type="warning">
          <Paragraph>{t('receiptCheck.noCrypto')}</Paragraph>
        </Alert>
      )}
      <form onSubmit={onSubmit} noValidate aria-busy={action.busy} className="rim-form" aria-labelledby="receipt-form-title">
        <Heading2 id="receipt-form-title">{t('receiptCheck.formTitle')}</Heading2>
        {tenders.status === 'error' && <ProblemAlert error={tenders.error} />}
        <CodeSelect
          id="receipt-tender"
          label={t('receiptCheck.tender')}
          options={(tenders.data ?? []).map((x) => ({ code: x.id, label: x.name }))}
          emptyLabel={t('form.chooseOption')}
          value={tenderId}
          onChange={setTenderId}
          error={errors.tender ? t('form.choose') : null}
        />
        <TextField id="receipt-commitment" label={t('receipt.commitment')} description={t('receiptCheck.commitmentHint')} className="rim-mono" value={commitment} onChange={setCommitment} error={errors.commitment ? t('receiptCheck.commitmentInvalid') : null} spellCheck={false} autoComplete="off" />
        <Button type="submit" appearance="primary-action-button" busy={action.busy} disabled={action.busy || !canVerifyInBrowser()}>
          {t('receiptCheck.submit')}
        </Button>
      </form>
      {action.error && <ProblemAlert error={action.error} />}
      {verdict && (
        <Alert type={verdict.included ? 'ok' : 'error'} role="status" data-testid="receipt-verdict" data-included={String(verdict.included)}>
          <Heading2>{verdict.included ? t('receiptCheck.included') : t('receiptCheck.notIncluded')}</Heading2>
          <Paragraph>
            {verdict.included ? t('receiptCheck.includedBody', { steps: verdict.steps }) : notFound ? t('receiptCheck.notFoundBody') : t('receiptCheck.mismatchBody')}
          </Paragraph>
          <Paragraph>
            {t('receiptCheck.root')} <span className="rim-mono" data-testid="published-root">{verdict.root}</span>
          </Paragraph>
        </Alert>
      )}
    </PublicLayout>
  );
}
