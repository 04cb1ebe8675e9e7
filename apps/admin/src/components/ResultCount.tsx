import { useI18n } from '../i18n/i18n.js';

interface ResultCountProps {
  loading: boolean;
  total: number | undefined;
  one: string;
  many(count: string): string;
}

/** The live count above a result list (role=status, so screen readers hear it change) and the loading hint. */
export function ResultCount({ loading, total, one, many }: ResultCountProps) {
  const { t, formatNumber } = useI18n();
  return (
    <div className="rim-result-bar">
      <p role="status" className="rim-result-count" data-testid="result-count">
        {total !== undefined && !loading ? (total === 1 ? one : many(formatNumber(total))) : ''}
      </p>
      {loading && (
        <p className="rim-loading" aria-hidden="true" data-testid="loading">
          {t('a11y.loading')}
        </p>
      )}
    </div>
  );
}
