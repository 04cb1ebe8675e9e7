import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client.js';
import { fieldErrorOf } from '../../api/problem.js';
import type { PlanReviewInput, Trajectory } from '../../api/types.js';
import { ifMatch, useAction } from '../../api/use-action.js';
import { useI18n } from '../../i18n/i18n.js';
import { CodeSelect } from '../CodeSelect.js';
import { focusFirst, TextAreaField, TextField } from '../fields.js';
import { ProblemAlert } from '../ProblemAlert.js';
import { eurosToCents } from '../tender/units.js';
import { useTrajectoryFormat } from './format.js';
import { RadioChoice } from './RadioChoice.js';

type Decision = PlanReviewInput['decision'];
const DECISIONS: readonly Decision[] = ['APPROVE', 'REQUEST_CHANGES', 'REJECT'];

/**
 * IC-6: the coach approves the latest plan version, asks for changes or rejects it. Rejecting an IRO records the cheaper
 * regular route it was compared with; an IRO above the maximum needs a second approval by another coach.
 */
export function PlanReviewForm({ trajectory, onSaved }: { trajectory: Trajectory; onSaved(): void }) {
  const { t } = useI18n();
  const format = useTrajectoryFormat();
  const action = useAction();
  const [decision, setDecision] = useState<Decision | ''>('');
  const [comment, setComment] = useState('');
  const [cheaperRoute, setCheaperRoute] = useState('');
  const [cheaperPrice, setCheaperPrice] = useState('');
  const [invalid, setInvalid] = useState<Set<string>>(new Set());
  const comparing = trajectory.route === 'IRO' && decision === 'REJECT' && cheaperRoute !== '';
  const second = trajectory.status === 'AWAITING_SECOND_APPROVAL';
  const apiError = (field: string) => fieldErrorOf(action.error, field);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = new Set<string>();
    if (!decision) found.add('plan-review-decision');
    if (decision && decision !== 'APPROVE' && comment.trim().length < 5) found.add('plan-review-comment');
    const priceCents = comparing ? eurosToCents(cheaperPrice) : null;
    if (comparing && priceCents === null) found.add('plan-review-cheaper-price');
    setInvalid(found);
    if (found.size || !decision) {
      focusFirst([...found].map((id) => (id === 'plan-review-decision' ? 'plan-review-decision-APPROVE' : id)));
      return;
    }
    const body: PlanReviewInput = {
      decision,
      ...(comment.trim() ? { comment: comment.trim() } : {}),
      ...(comparing && priceCents !== null ? { cheaperRoute: { route: cheaperRoute as 'WERKFIT' | 'NAAR_WERK', priceCents } } : {}),
    };
    const saved = await action.run(() => unwrap(api.POST('/api/trajectories/{id}/plan-review', { params: { path: { id: trajectory.id }, header: ifMatch(trajectory.version) }, body })));
    if (saved) onSaved();
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-busy={action.busy} className="rim-form" aria-labelledby="plan-review-title" data-testid="plan-review-form">
      <Heading2 id="plan-review-title">{second ? t('planReview.secondTitle') : t('planReview.title')}</Heading2>
      {second ? (
        <Alert type="warning" data-testid="second-approval-note">
          <Paragraph>{t('planReview.secondNote')}</Paragraph>
        </Alert>
      ) : (
        <Paragraph>{t('planReview.intro')}</Paragraph>
      )}
      {action.error && <ProblemAlert error={action.error} />}
      <RadioChoice
        id="plan-review-decision"
        legend={t('planReview.decision')}
        options={DECISIONS.map((d) => ({ code: d, label: t(`planReview.decision.${d}`) }))}
        value={decision}
        onChange={(d) => setDecision(d as Decision)}
        error={invalid.has('plan-review-decision') ? t('form.choose') : apiError('decision')}
      />
      <TextAreaField id="plan-review-comment" label={t('planReview.comment')} description={t('planReview.commentHint')} value={comment} onChange={setComment} error={invalid.has('plan-review-comment') ? t('planReview.commentRequired') : apiError('comment')} />
      {trajectory.route === 'IRO' && decision === 'REJECT' && (
        <>
          <CodeSelect
            id="plan-review-cheaper-route"
            label={t('planReview.cheaperRoute')}
            description={t('planReview.cheaperRouteHint')}
            options={(['WERKFIT', 'NAAR_WERK'] as const).map((r) => ({ code: r, label: format.route(r) }))}
            emptyLabel={t('planReview.noComparison')}
            value={cheaperRoute}
            onChange={setCheaperRoute}
            error={apiError('cheaperRoute') ?? apiError('cheaperRoute.route')}
          />
          {comparing && (
            <TextField id="plan-review-cheaper-price" inputMode="decimal" label={t('planReview.cheaperPrice')} value={cheaperPrice} onChange={setCheaperPrice} error={invalid.has('plan-review-cheaper-price') ? t('plan.form.euros') : apiError('cheaperRoute.priceCents')} />
          )}
        </>
      )}
      <Button type="submit" appearance="primary-action-button" busy={action.busy} disabled={action.busy}>
        {t('planReview.submit')}
      </Button>
    </form>
  );
}
