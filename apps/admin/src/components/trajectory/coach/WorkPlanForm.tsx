import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../../api/client.js';
import { fieldErrorOf } from '../../../api/problem.js';
import { useCodeList } from '../../../api/reference.js';
import { ROUTES, type Route, type WorkPlan } from '../../../api/types.js';
import { useAction } from '../../../api/use-action.js';
import { useI18n } from '../../../i18n/i18n.js';
import { CheckboxGroup } from '../../CheckboxGroup.js';
import { CodeSelect } from '../../CodeSelect.js';
import { focusFirst, TextAreaField, TextField, wholeNumber } from '../../fields.js';
import { useFrameworks } from '../../framework/frameworks.js';
import { ProblemAlert } from '../../ProblemAlert.js';
import { useTrajectoryFormat } from '../format.js';
import { RadioChoice } from '../RadioChoice.js';
import { activityPrefix } from '../trajectories.js';


/**
 * IC-2: the coach's structured work plan: advised route (under the open framework, or an IRO), hours, duration,
 * activities. Filled in with the latest version, if any: saving records the next version.
 */
export function WorkPlanForm({ caseId, latest, onSaved }: { caseId: string; latest: WorkPlan | null; onSaved(plan: WorkPlan): void }) {
  const { t } = useI18n();
  const format = useTrajectoryFormat();
  const action = useAction();
  const frameworks = useFrameworks('signedIn');
  const activities = useCodeList('activities');
  const [route, setRoute] = useState<Route | ''>(latest?.route ?? '');
  const [frameworkId, setFrameworkId] = useState(latest?.frameworkId ?? '');
  const [hours, setHours] = useState(latest ? String(latest.proposedHours) : '');
  const [duration, setDuration] = useState(latest ? String(latest.durationMonths) : '');
  const [requested, setRequested] = useState<string[]>(latest?.activities ?? []);
  const [justification, setJustification] = useState(latest?.exceptionJustification ?? '');
  const [invalid, setInvalid] = useState<Set<string>>(new Set());
  const published = (frameworks.data ?? []).filter((f) => f.status === 'PUBLISHED');
  const chosenFramework = frameworkId || published[0]?.id || '';
  const apiError = (field: string) => fieldErrorOf(action.error, field);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = new Set<string>();
    if (!route) found.add('work-plan-route');
    if (route && route !== 'IRO' && !chosenFramework) found.add('work-plan-framework');
    if (wholeNumber(hours) === null) found.add('work-plan-hours');
    if (wholeNumber(duration) === null) found.add('work-plan-duration');
    setInvalid(found);
    if (found.size || !route) {
      focusFirst([...found].map((id) => (id === 'work-plan-route' ? 'work-plan-route-WERKFIT' : id)));
      return;
    }
    const body = {
      route, proposedHours: wholeNumber(hours)!, durationMonths: wholeNumber(duration)!, activities: requested,
      ...(route !== 'IRO' ? { frameworkId: chosenFramework } : {}),
      ...(justification.trim() ? { exceptionJustification: justification.trim() } : {}),
    };
    const plan = await action.run(() => unwrap(api.POST('/api/cases/{id}/work-plans', { params: { path: { id: caseId } }, body })));
    if (plan) onSaved(plan);
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-busy={action.busy} className="rim-form rim-form--wide" aria-labelledby="work-plan-title" data-testid="work-plan-form">
      <Heading2 id="work-plan-title">{t('workPlan.title')}</Heading2>
      <Paragraph>{t('workPlan.intro')}</Paragraph>
      {latest && (
        <Paragraph data-testid="work-plan-latest" data-version={latest.versionNo} data-route={latest.route}>
          {t('workPlan.latest', { version: latest.versionNo, route: format.route(latest.route) })}
        </Paragraph>
      )}
      {action.error && <ProblemAlert error={action.error} />}
      <RadioChoice
        id="work-plan-route"
        legend={t('workPlan.route')}
        options={ROUTES.map((r) => ({ code: r, label: format.route(r) }))}
        value={route}
        onChange={(r) => {
          setRoute(r as Route);
          setRequested([]);
        }}
        error={invalid.has('work-plan-route') ? t('form.choose') : apiError('route')}
      />
      {route && route !== 'IRO' && (
        <CodeSelect
          id="work-plan-framework"
          label={t('framework.select')}
          options={published.map((f) => ({ code: f.id, label: f.name }))}
          busy={frameworks.status === 'loading'}
          value={chosenFramework}
          onChange={setFrameworkId}
          error={invalid.has('work-plan-framework') ? t('form.choose') : apiError('frameworkId')}
        />
      )}
      <TextField id="work-plan-hours" inputMode="numeric" label={t('workPlan.hours')} value={hours} onChange={setHours} error={invalid.has('work-plan-hours') ? t('form.wholeNumber') : apiError('proposedHours')} />
      <TextField id="work-plan-duration" inputMode="numeric" label={t('workPlan.duration')} value={duration} onChange={setDuration} error={invalid.has('work-plan-duration') ? t('form.wholeNumber') : apiError('durationMonths')} />
      {route && (
        <CheckboxGroup
          id="work-plan-activities"
          legend={t('workPlan.activities')}
          options={activities.options.filter((o) => o.code.startsWith(activityPrefix(route)))}
          selected={requested}
          onChange={setRequested}
          error={apiError('activities')}
        />
      )}
      <TextAreaField id="work-plan-justification" label={t('workPlan.justification')} description={t('workPlan.justificationHint')} value={justification} onChange={setJustification} error={apiError('exceptionJustification')} />
      <Button type="submit" appearance="primary-action-button" busy={action.busy} disabled={action.busy}>
        {t('workPlan.submit')}
      </Button>
    </form>
  );
}
