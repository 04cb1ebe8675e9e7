import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client.js';
import { fieldErrorOf } from '../../api/problem.js';
import type { Trajectory } from '../../api/types.js';
import { ifMatch, useAction } from '../../api/use-action.js';
import { useI18n } from '../../i18n/i18n.js';
import { TextAreaField } from '../fields.js';
import { ProblemAlert } from '../ProblemAlert.js';
import { RadioChoice } from './RadioChoice.js';

/** IC-8: the coach approves the end report (the completion is then settled, IC-10) or returns it with a comment. */
export function EndReportReviewForm({ trajectory, onSaved }: { trajectory: Trajectory; onSaved(): void }) {
  const { t } = useI18n();
  const action = useAction();
  const [verdict, setVerdict] = useState('');
  const [comment, setComment] = useState('');
  const [invalid, setInvalid] = useState(false);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setInvalid(!verdict);
    if (!verdict) return;
    const body = { approve: verdict === 'APPROVE', ...(comment.trim() ? { comment: comment.trim() } : {}) };
    const saved = await action.run(() => unwrap(api.POST('/api/trajectories/{id}/end-report-review', { params: { path: { id: trajectory.id }, header: ifMatch(trajectory.version) }, body })));
    if (saved) onSaved();
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-busy={action.busy} className="rim-form" aria-labelledby="report-review-title" data-testid="end-report-review-form">
      <Heading2 id="report-review-title">{t('reportReview.title')}</Heading2>
      <Paragraph>{t('reportReview.intro')}</Paragraph>
      {action.error && <ProblemAlert error={action.error} />}
      <RadioChoice
        id="report-review-verdict"
        legend={t('reportReview.verdict')}
        options={[{ code: 'APPROVE', label: t('reportReview.approve') }, { code: 'RETURN', label: t('reportReview.return') }]}
        value={verdict}
        onChange={setVerdict}
        error={invalid ? t('form.choose') : fieldErrorOf(action.error, 'approve')}
      />
      <TextAreaField id="report-review-comment" label={t('reportReview.comment')} value={comment} onChange={setComment} error={fieldErrorOf(action.error, 'comment')} />
      <Button type="submit" appearance="primary-action-button" busy={action.busy} disabled={action.busy}>
        {t('reportReview.submit')}
      </Button>
    </form>
  );
}
