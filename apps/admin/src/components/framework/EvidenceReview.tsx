import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { api, unwrap } from '../../api/client.js';
import type { EvidenceDocument, Requirement } from '../../api/types.js';
import { useAction } from '../../api/use-action.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { useI18n } from '../../i18n/i18n.js';
import { DataTable } from '../DataTable.js';
import { TextAreaField } from '../fields.js';
import { ProblemAlert } from '../ProblemAlert.js';
import { EvidenceDownload } from './EvidenceDownload.js';
import { requirementTitle } from './frameworks.js';
import { StatusTag } from './StatusTag.js';

/** Accept, or reject with a reason, one pending document; accepting may reinstate a participation (FW-5). */
function EvidenceVerdict({ document, onReviewed }: { document: EvidenceDocument; onReviewed(): void }) {
  const { t } = useI18n();
  const action = useAction();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const id = `evidence-${document.id}`;

  async function review(verdict: 'ACCEPT' | 'REJECT') {
    if (verdict === 'REJECT' && !reason.trim()) {
      setReasonMissing(true);
      return;
    }
    const done = await action.run(() =>
      unwrap(api.POST('/api/evidence/{id}/review', { params: { path: { id: document.id } }, body: { verdict, ...(verdict === 'REJECT' ? { reason: reason.trim() } : {}) } })),
    );
    if (done) onReviewed();
  }

  return (
    <div className="rim-stack">
      {action.error && <ProblemAlert error={action.error} />}
      {rejecting ? (
        <>
          <TextAreaField
            id={`${id}-reason`}
            label={t('evidence.rejectReason', { file: document.fileName })}
            value={reason}
            onChange={setReason}
            error={reasonMissing ? t('decision.error.reason') : null}
          />
          <div className="rim-actions">
            <Button type="button" appearance="primary-action-button" hint="danger" busy={action.busy} onClick={() => void review('REJECT')} data-testid="evidence-reject-confirm">
              {t('evidence.rejectConfirm')}
            </Button>
            <Button type="button" appearance="secondary-action-button" onClick={() => setRejecting(false)}>
              {t('form.cancel')}
            </Button>
          </div>
        </>
      ) : (
        <div className="rim-actions">
          <Button type="button" appearance="secondary-action-button" busy={action.busy} onClick={() => void review('ACCEPT')} data-testid="evidence-accept" aria-label={t('evidence.acceptLabel', { file: document.fileName })}>
            {t('evidence.accept')}
          </Button>
          <Button type="button" appearance="subtle-button" onClick={() => setRejecting(true)} data-testid="evidence-reject" aria-label={t('evidence.rejectLabel', { file: document.fileName })}>
            {t('evidence.reject')}
          </Button>
        </div>
      )}
    </div>
  );
}

interface EvidenceReviewProps {
  organisationId: string;
  checklist?: readonly Requirement[];
  /** Show only the pending documents (the work to do) rather than every version. */
  pendingOnly?: boolean;
  /** Heading level 2 title; pages with their own title above pass theirs. */
  title?: string;
}

/** An officer's view of a provider's evidence: every version, downloadable, pending ones to accept or reject. */
export function EvidenceReview({ organisationId, checklist = [], pendingOnly = false, title }: EvidenceReviewProps) {
  const { t, lang, formatDate, formatDateTime } = useI18n();
  const evidence = useApiQuery(`evidence:${organisationId}`, (signal) => unwrap(api.GET('/api/evidence', { params: { query: { organisationId } }, signal })));
  const documents = (evidence.data ?? []).filter((d) => !pendingOnly || d.status === 'PENDING');
  const titleOf = (code: string) => {
    const requirement = checklist.find((r) => r.code === code);
    return requirement ? `${code} — ${requirementTitle(requirement, lang)}` : code;
  };

  return (
    <section aria-labelledby="evidence-review-title">
      <Heading2 id="evidence-review-title">{title ?? t('evidence.title')}</Heading2>
      {evidence.status === 'error' && <ProblemAlert error={evidence.error} />}
      {evidence.data && documents.length === 0 && <Paragraph data-testid="evidence-empty">{pendingOnly ? t('evidence.nonePending') : t('evidence.none')}</Paragraph>}
      {documents.length > 0 && (
        <DataTable
          caption={t('evidence.caption')}
          testId="evidence-table"
          rowTestId="evidence-row"
          rowData={(d) => ({ code: d.requirementCode, status: d.status })}
          rows={documents}
          rowKey={(d) => d.id}
          columns={[
            { header: t('evidence.col.requirement'), rowHeader: true, cell: (d) => titleOf(d.requirementCode) },
            { header: t('evidence.col.file'), cell: (d) => <EvidenceDownload documentId={d.id} fileName={d.fileName} /> },
            { header: t('evidence.col.version'), numeric: true, cell: (d) => d.versionNo },
            { header: t('evidence.col.validUntil'), cell: (d) => (d.validUntil ? formatDate(d.validUntil) : t('evidence.noExpiry')) },
            { header: t('evidence.col.uploadedAt'), cell: (d) => formatDateTime(d.uploadedAt) },
            { header: t('evidence.col.status'), cell: (d) => <StatusTag kind="evidence" status={d.status} /> },
            { header: t('evidence.col.action'), cell: (d) => (d.status === 'PENDING' ? <EvidenceVerdict document={d} onReviewed={evidence.reload} /> : '—') },
          ]}
        />
      )}
    </section>
  );
}
