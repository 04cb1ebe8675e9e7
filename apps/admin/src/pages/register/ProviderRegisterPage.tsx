import {
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading1,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client.js';
import type { ProviderItem, ProviderQuery } from '../../api/types.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { Pagination } from '../../components/Pagination.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { usePageTitle } from '../../components/page-title.js';
import { positiveInt, toSearch, withParams } from '../../components/search-params.js';
import { isMessageKey, useI18n, type I18n } from '../../i18n/i18n.js';

export const REGISTER_PAGE_SIZE = 25;
const SEARCH_DEBOUNCE_MS = 300;

function serviceLabel(code: string, t: I18n['t']): string {
  const key = `service.${code}`;
  return isMessageKey(key) ? t(key) : code;
}

function sizeClassLabel(code: string, t: I18n['t']): string {
  const key = `sizeClass.${code}`;
  return isMessageKey(key) ? t(key) : code;
}

/**
 * The provider register: a debounced search and a region filter over 2,500+ providers, paginated on the server.
 * The URL holds the filters (q, region, page), so a view can be shared and the back button restores it.
 */
export function ProviderRegisterPage() {
  const { t, formatNumber } = useI18n();
  usePageTitle(t('register.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const q = (searchParams.get('q') ?? '').trim();
  const region = searchParams.get('region') ?? '';
  const page = positiveInt(searchParams.get('page'), 1);

  // What the user is typing; committed to the URL after a pause, or at once on Enter.
  const [draft, setDraft] = useState(q);
  const committedQ = useRef(q);
  const debounceTimer = useRef<number | undefined>(undefined);

  // The URL changed from outside (back button, a shared link, "clear filters"): show its search text.
  useEffect(() => {
    if (q !== committedQ.current) {
      committedQ.current = q;
      window.clearTimeout(debounceTimer.current);
      setDraft(q);
    }
  }, [q]);
  useEffect(() => () => window.clearTimeout(debounceTimer.current), []);

  function commitSearch(text: string) {
    window.clearTimeout(debounceTimer.current);
    const next = text.trim();
    if (next === committedQ.current) return;
    committedQ.current = next;
    setSearchParams((current) => withParams(current, { q: next, page: null }));
  }

  function onSearchChange(text: string) {
    setDraft(text);
    window.clearTimeout(debounceTimer.current);
    debounceTimer.current = window.setTimeout(() => commitSearch(text), SEARCH_DEBOUNCE_MS);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    commitSearch(draft);
  }

  const regions = useApiQuery('reference/regions', (signal) => unwrap(api.GET('/api/reference/regions', { signal })));
  const sortedRegions = useMemo(
    () => [...(regions.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    [regions.data],
  );

  const query: ProviderQuery = { page, pageSize: REGISTER_PAGE_SIZE, ...(q ? { q } : {}), ...(region ? { region } : {}) };
  const providers = useApiQuery(`providers:${JSON.stringify(query)}`, (signal) =>
    unwrap(api.GET('/api/providers', { params: { query }, signal })),
  );

  const result = providers.data;
  const total = result?.total ?? 0;
  const pages = result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 1;
  const loading = providers.status === 'loading';
  const hasFilters = Boolean(q || region);

  return (
    <>
      <Heading1>{t('register.title')}</Heading1>
      <Paragraph>{t('register.intro')}</Paragraph>

      <form role="search" aria-label={t('register.filters')} className="rim-filters" onSubmit={onSubmit}>
        <FormField
          className="rim-filters__search"
          label={<FormLabel htmlFor="register-q">{t('register.search')}</FormLabel>}
          description={<FormFieldDescription id="register-q-hint">{t('register.searchHint')}</FormFieldDescription>}
          input={
            <Textbox
              id="register-q"
              name="q"
              type="search"
              autoComplete="off"
              spellCheck={false}
              aria-describedby="register-q-hint"
              value={draft}
              onChange={(event) => onSearchChange(event.target.value)}
              data-testid="register-search"
            />
          }
        />
        <FormField
          className="rim-filters__region"
          label={<FormLabel htmlFor="register-region">{t('register.region')}</FormLabel>}
          input={
            <Select
              id="register-region"
              name="region"
              value={region}
              busy={regions.status === 'loading'}
              onChange={(event) => setSearchParams((current) => withParams(current, { region: event.target.value, page: null }))}
              data-testid="register-region"
            >
              <SelectOption value="">{t('register.allRegions')}</SelectOption>
              {/* Keep a region from the URL selectable even before the list has loaded. */}
              {region && !sortedRegions.some((r) => r.code === region) && <SelectOption value={region}>{region}</SelectOption>}
              {sortedRegions.map((r) => (
                <SelectOption key={r.code} value={r.code}>
                  {r.name}
                </SelectOption>
              ))}
            </Select>
          }
        />
        {hasFilters && (
          <Paragraph className="rim-filters__reset">
            <Link to="?" className="utrecht-link utrecht-link--html-a">
              {t('register.reset')}
            </Link>
          </Paragraph>
        )}
      </form>

      {regions.status === 'error' && <ProblemAlert error={regions.error} />}
      {providers.status === 'error' && <ProblemAlert error={providers.error} />}

      <div className="rim-result-bar">
        <p role="status" className="rim-result-count" data-testid="result-count">
          {result && !loading ? (total === 1 ? t('register.countOne') : t('register.count', { count: formatNumber(total) })) : ''}
        </p>
        {loading && (
          <p className="rim-loading" aria-hidden="true" data-testid="loading">
            {t('a11y.loading')}
          </p>
        )}
      </div>

      {result && result.items.length === 0 && !loading ? (
        <Paragraph data-testid="register-empty">{t('register.empty')}</Paragraph>
      ) : result ? (
        <TableContainer overflowInline className="rim-table-container">
          <Table aria-busy={loading} busy={loading} data-testid="register-table">
            <TableCaption>
              {t('register.caption', { page: formatNumber(result.page), pages: formatNumber(pages) })}
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('register.col.kvk')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('register.col.name')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('register.col.city')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('register.col.homeRegion')}</TableHeaderCell>
                <TableHeaderCell scope="col" numericColumn>
                  {t('register.col.regionsServed')}
                </TableHeaderCell>
                <TableHeaderCell scope="col">{t('register.col.sizeClass')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('register.col.services')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {result.items.map((provider: ProviderItem) => (
                <TableRow key={provider.id} data-testid="provider-row">
                  <TableCell className="rim-nowrap">{provider.kvkNumber}</TableCell>
                  <TableHeaderCell scope="row" className="rim-row-header">
                    {provider.name}
                  </TableHeaderCell>
                  <TableCell>{provider.city ?? '—'}</TableCell>
                  <TableCell>{provider.homeRegion.name}</TableCell>
                  <TableCell numericColumn>{formatNumber(provider.regionsServedCount)}</TableCell>
                  <TableCell>{sizeClassLabel(provider.sizeClass, t)}</TableCell>
                  <TableCell>{provider.services.map((code) => serviceLabel(code, t)).join(', ')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      ) : null}

      {result && (
        <Pagination page={page} pages={pages} hrefFor={(p) => toSearch(withParams(searchParams, { page: p }))} />
      )}
    </>
  );
}
