import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.js';

/** Page numbers to show: first, last, and a window around the current page; `null` marks a gap. */
export function pageWindow(page: number, pages: number, radius = 2): Array<number | null> {
  const shown = new Set<number>([1, pages]);
  for (let p = page - radius; p <= page + radius; p++) if (p >= 1 && p <= pages) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const result: Array<number | null> = [];
  sorted.forEach((p, i) => {
    const previous = sorted[i - 1];
    if (previous !== undefined && p - previous > 1) result.push(null);
    result.push(p);
  });
  return result;
}

interface PaginationProps {
  page: number;
  pages: number;
  /** The link (path + query) for a page, so every page has a shareable URL and the back button works. */
  hrefFor(page: number): string;
}

/** NL Design System pagination (utrecht-pagination) over real links; no previous/next link where there is none. */
export function Pagination({ page, pages, hrefFor }: PaginationProps) {
  const { t, formatNumber } = useI18n();
  if (pages <= 1) return null;
  const hasPrevious = page > 1;
  const hasNext = page < pages;
  return (
    <nav className="utrecht-pagination utrecht-pagination--distanced rim-pagination" aria-label={t('a11y.pagination')} data-testid="pagination">
      <span className="utrecht-pagination__before">
        {hasPrevious ? (
          <Link
            to={hrefFor(page - 1)}
            rel="prev"
            className="utrecht-pagination__relative-link utrecht-pagination__relative-link--prev"
            aria-label={t('pagination.previousLabel')}
          >
            {t('pagination.previous')}
          </Link>
        ) : null}
      </span>
      <span className="utrecht-pagination__pages" role="group" aria-label={t('pagination.status', { page: formatNumber(page), pages: formatNumber(pages) })}>
        {pageWindow(page, pages).map((p, i) =>
          p === null ? (
            <span key={`gap-${i}`} className="rim-pagination__gap" aria-hidden="true">
              …
            </span>
          ) : (
            <Link
              key={p}
              to={hrefFor(p)}
              className={`utrecht-pagination__page-link${p === page ? ' utrecht-pagination__page-link--current' : ''}`}
              aria-current={p === page ? 'page' : undefined}
              aria-label={t('pagination.page', { page: formatNumber(p) })}
            >
              {formatNumber(p)}
            </Link>
          ),
        )}
      </span>
      <span className="utrecht-pagination__after">
        {hasNext ? (
          <Link
            to={hrefFor(page + 1)}
            rel="next"
            className="utrecht-pagination__relative-link utrecht-pagination__relative-link--next"
            aria-label={t('pagination.nextLabel')}
          >
            {t('pagination.next')}
          </Link>
        ) : null}
      </span>
    </nav>
  );
}
