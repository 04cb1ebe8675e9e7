import { Button, Fieldset, FieldsetLegend, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client.js';
import { fieldErrorOf } from '../../api/problem.js';
import { useCodeList } from '../../api/reference.js';
import type { EndReportInput, Trajectory } from '../../api/types.js';
import { ifMatch, useAction } from '../../api/use-action.js';
import { useI18n } from '../../i18n/i18n.js';
import { CodeSelect } from '../CodeSelect.js';
import { focusFirst, TextAreaField, TextField, wholeNumber } from '../fields.js';
import { ProblemAlert } from '../ProblemAlert.js';
import { CheckboxField } from './controls.js';
import { useTrajectoryFormat } from './format.js';

/** IC-8: the ends that carry a coded success reason. */
const SUCCESSFUL_ENDS: readonly string[] = ['RESULT_ACHIEVED', 'PLACEMENT'];

interface ActivityRow {
  code: string;
  plannedHours: number;
  delivered: boolean;
  hours: string;
  justification: string;
  coachConsulted: boolean;
}

/**
 * IC-8: the end report, built from the approved plan: each planned activity delivered or not, its hours, a justification
 * for every deviation and whether the coach was consulted; the coded success reason and follow-up advice; the client's sign-off.
 */
export function EndReportForm({ trajectory, onSaved }: { trajectory: Trajectory; onSaved(): void }) {
  const { t, formatNumber } = useI18n();
  const format = useTrajectoryFormat();
  const action = useAction();
  const successReasons = useCodeList('success-reasons');
  const followUp = useCodeList('follow-up-advice');
  const approved = [...trajectory.plans].reverse().find((p) => p.decision === 'APPROVE');
  const [rows, setRows] = useState<ActivityRow[]>(
    (approved?.activities ?? []).map((a) => ({ code: a.code, plannedHours: a.hours, delivered: true, hours: String(a.hours), justification: '', coachConsulted: false })),
  );
  const [successReason, setSuccessReason] = useState('');
  const [advice, setAdvice] = useState('');
  const [explanation, setExplanation] = useState('');
  const [signedOff, setSignedOff] = useState(false);
  const [invalid, setInvalid] = useState<Set<string>>(new Set());
  const setRow = (index: number, change: Partial<ActivityRow>) => setRows((all) => all.map((r, i) => (i === index ? { ...r, ...change } : r)));
  const apiError = (field: string) => fieldErrorOf(action.error, field);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = new Set(rows.flatMap((r, i) => (wholeNumber(r.hours) === null ? [`report-hours-${i}`] : [])));
    setInvalid(found);
    if (found.size) {
      focusFirst([...found]);
      return;
    }
    const body: EndReportInput = {
      activities: rows.map((r) => ({
        code: r.code, delivered: r.delivered, hours: wholeNumber(r.hours)!, coachConsulted: r.coachConsulted,
        ...(r.justification.trim() ? { justification: r.justification.trim() } : {}),
      })),
      followUpAdvice: advice,
      clientSignedOff: signedOff,
      ...(successReason ? { successReason } : {}),
      ...(explanation.trim() ? { explanation: explanation.trim() } : {}),
    };
    const saved = await action.run(() => unwrap(api.POST('/api/trajectories/{id}/end-report', { params: { path: { id: trajectory.id }, header: ifMatch(trajectory.version) }, body })));
    if (saved) onSaved();
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-busy={action.busy} className="rim-form rim-form--wide" aria-labelledby="report-title" data-testid="end-report-form">
      <Heading2 id="report-title">{t('report.title')}</Heading2>
      <Paragraph>{t('report.intro')}</Paragraph>
      {action.error && <ProblemAlert error={action.error} />}
      {apiError('activities') && <Paragraph className="utrecht-form-field-error-message">{apiError('activities')}</Paragraph>}
      {rows.map((row, i) => {
        const name = format.code('activities', row.code);
        return (
          <Fieldset key={row.code} data-testid="report-activity" data-code={row.code}>
            <FieldsetLegend>{t('report.activity', { name, hours: formatNumber(row.plannedHours) })}</FieldsetLegend>
            <CheckboxField id={`report-delivered-${i}`} label={t('report.delivered', { name })} checked={row.delivered} onChange={(delivered) => setRow(i, { delivered })} />
            <TextField
              id={`report-hours-${i}`}
              inputMode="numeric"
              label={t('report.hours', { name })}
              value={row.hours}
              onChange={(hours) => setRow(i, { hours })}
              error={invalid.has(`report-hours-${i}`) ? t('form.wholeNumber') : apiError(`activities[${i}].hours`)}
            />
            <TextAreaField id={`report-justification-${i}`} label={t('report.justification', { name })} description={t('report.justificationHint')} value={row.justification} onChange={(justification) => setRow(i, { justification })} error={apiError(`activities[${i}].justification`)} />
            <CheckboxField id={`report-consulted-${i}`} label={t('report.consulted', { name })} checked={row.coachConsulted} onChange={(coachConsulted) => setRow(i, { coachConsulted })} />
          </Fieldset>
        );
      })}
      {SUCCESSFUL_ENDS.includes(trajectory.endReason ?? '') && (
        <CodeSelect id="report-success" label={t('report.successReason')} options={successReasons.options} emptyLabel={t('form.chooseOption')} value={successReason} onChange={setSuccessReason} error={apiError('successReason')} />
      )}
      <CodeSelect id="report-advice" label={t('report.followUp')} options={followUp.options} emptyLabel={t('form.chooseOption')} value={advice} onChange={setAdvice} error={apiError('followUpAdvice')} />
      <TextAreaField id="report-explanation" label={t('report.explanation')} value={explanation} onChange={setExplanation} error={apiError('explanation')} />
      <CheckboxField id="report-signed-off" label={t('report.signedOff')} checked={signedOff} onChange={setSignedOff} error={apiError('clientSignedOff')} />
      <Button type="submit" appearance="primary-action-button" busy={action.busy} disabled={action.busy}>
        {t('report.submit')}
      </Button>
    </form>
  );
}
