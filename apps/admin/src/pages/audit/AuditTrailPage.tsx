import {
  Alert,
  Button,
  Heading1,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client.js';
import { ApiError, networkProblem } from '../../api/problem.js';
import type { ChainVerification } from '../../api/types.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { Loading } from '../../auth/guards.js';
import { Pagination } from '../../components/Pagination.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { usePageTitle } from '../../components/page-title.js';
import { positiveInt, toSearch, withParams } from '../../components/search-params.js';
import { useI18n } from '../../i18n/i18n.js';

const AUDIT_PAGE_SIZE = 50;

type Verification = { status: 'idle' } | { status: 'busy' } | { status: 'done'; result: ChainVerification } | { status: 'error'; error: ApiError };

export function AuditTrailPage() {
  const { t, formatNumber, formatDateTime } = useI18n();
  usePageTitle(t('audit.title'));
  const [searchParams] = useSearchParams();
  const page = positiveInt(searchParams.get('page'), 1);
  const entries = useApiQuery(`audit:${page}`, (signal) =>
    unwrap(api.GET('/api/audit', { params: { query: { page, pageSize: AUDIT_PAGE_SIZE } }, signal })),
  );
  const [verification, setVerification] = useState<Verification>({ status: 'idle' });

  async function verify() {
    setVerification({ status: 'busy' });
    try {
      setVerification({ status: 'done', result: await unwrap(api.GET('/api/audit/verify')) });
    } catch (error) {
      setVerification({ status: 'error', error: error instanceof ApiError ? error : new ApiError(networkProblem(error)) });
    }
  }

  const data = entries.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;

  return (
    <>
      <Heading1>{t('audit.title')}</Heading1>
      <Paragraph>{t('audit.intro')}</Paragraph>
      <div className="rim-actions">
        <Button type="button" appearance="secondary-action-button" onClick={verify} busy={verification.status === 'busy'} disabled={verification.status === 'busy'} data-testid="audit-verify">
          {verification.status === 'busy' ? t('audit.verifying') : t('audit.verify')}
        </Button>
      </div>
      <div aria-live="polite">
        {verification.status === 'done' && (
          <Alert type={verification.result.valid ? 'ok' : 'error'} data-testid="audit-verification">
            <Paragraph>
              {verification.result.valid
                ? t('audit.valid', { checked: formatNumber(verification.result.checked) })
                : t('audit.broken', { seq: formatNumber(verification.result.firstBrokenSeq ?? 0), checked: formatNumber(verification.result.checked) })}
            </Paragraph>
          </Alert>
        )}
      </div>
      {verification.status === 'error' && <ProblemAlert error={verification.error} />}
      {entries.status === 'error' && <ProblemAlert error={entries.error} />}
      {entries.status === 'loading' && !data && <Loading />}
      {data && data.items.length === 0 && <Paragraph>{t('audit.empty')}</Paragraph>}
      {data && data.items.length > 0 && (
        <>
          <p role="status" className="rim-result-count">
            {t('audit.count', { count: formatNumber(data.total) })}
          </p>
          <TableContainer overflowInline className="rim-table-container">
            <Table aria-busy={entries.status === 'loading'} data-testid="audit-table">
              <TableCaption>{t('audit.caption', { page: formatNumber(data.page), pages: formatNumber(pages) })}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col" numericColumn>
                    {t('audit.col.seq')}
                  </TableHeaderCell>
                  <TableHeaderCell scope="col">{t('audit.col.occurredAt')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('audit.col.action')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('audit.col.entity')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('audit.col.actor')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('audit.col.hash')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.items.map((entry) => (
                  <TableRow key={entry.seq}>
                    <TableCell numericColumn>{entry.seq}</TableCell>
                    <TableCell className="rim-nowrap">{formatDateTime(entry.occurredAt)}</TableCell>
                    <TableCell>
                      <code className="utrecht-code">{entry.action}</code>
                    </TableCell>
                    <TableCell>
                      {entry.entityType} <span className="rim-muted rim-mono">{entry.entityId}</span>
                    </TableCell>
                    <TableCell>{entry.actorId ? <span className="rim-mono">{entry.actorId}</span> : t('audit.system')}</TableCell>
                    <TableCell className="rim-mono" title={entry.hash}>
                      {entry.hash.slice(0, 12)}…
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          <Pagination page={page} pages={pages} hrefFor={(p) => toSearch(withParams(searchParams, { page: p }))} />
        </>
      )}
    </>
  );
}
