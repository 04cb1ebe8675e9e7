import { Button, Fieldset, FieldsetLegend, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../../api/client.js';
import { fieldErrorOf } from '../../../api/problem.js';
import type { ProviderChoiceInput, Route } from '../../../api/types.js';
import { useAction } from '../../../api/use-action.js';
import { useApiQuery } from '../../../api/use-api-query.js';
import { useI18n } from '../../../i18n/i18n.js';
import { CodeSelect } from '../../CodeSelect.js';
import { focusFirst, TextAreaField, TextField } from '../../fields.js';
import { ProblemAlert } from '../../ProblemAlert.js';
import { CheckboxField } from '../controls.js';
import { RadioChoice } from '../RadioChoice.js';

interface Candidate {
  providerId: string;
  name: string;
}

type Method = ProviderChoiceInput['method'];
const METHODS: readonly Method[] = ['CLIENT_CHOICE', 'COACH_AT_CLIENT_REQUEST'];

/** Framework routes: the client's own choice set (FW-7/FW-8, IC-4 applied). IRO: any registered provider, found by name. */
function useCandidates(caseId: string, route: Route, search: string) {
  return useApiQuery(`candidates:${caseId}:${route}:${search}`, async (signal): Promise<Candidate[]> => {
    if (route !== 'IRO') return (await unwrap(api.GET('/api/cases/{id}/choice-set', { params: { path: { id: caseId } }, signal }))).items;
    if (!search) return [];
    const page = await unwrap(api.GET('/api/providers', { params: { query: { q: search, pageSize: 20 } }, signal }));
    return page.items.map((p) => ({ providerId: p.id, name: p.name }));
  });
}

/**
 * IC-3: the client meets providers (klikgesprek) and chooses, or asks the coach to choose (with the reason); a vetoed
 * provider cannot be chosen. The chosen provider is then asked for its plan.
 */
export function ProviderChoiceForm({ caseId, route, onChosen }: { caseId: string; route: Route; onChosen(trajectoryId: string): void }) {
  const { t } = useI18n();
  const action = useAction();
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const candidates = useCandidates(caseId, route, search);
  const [met, setMet] = useState<string[]>([]);
  const [vetoed, setVetoed] = useState<string[]>([]);
  const [chosen, setChosen] = useState('');
  const [method, setMethod] = useState<Method | ''>('');
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState<Set<string>>(new Set());
  const toggle = (list: string[], id: string, on: boolean) => (on ? [...list, id] : list.filter((x) => x !== id));
  const apiError = (field: string) => fieldErrorOf(action.error, field);
  const items = candidates.data ?? [];

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = new Set<string>();
    if (!method) found.add('choice-method');
    if (!chosen) found.add('choice-chosen');
    setInvalid(found);
    if (found.size || !method) {
      focusFirst([...found].map((id) => (id === 'choice-method' ? 'choice-method-CLIENT_CHOICE' : id)));
      return;
    }
    const body: ProviderChoiceInput = { method, introMeetings: met, vetoed, chosenProviderId: chosen, ...(reason.trim() ? { reason: reason.trim() } : {}) };
    const choice = await action.run(() => unwrap(api.POST('/api/cases/{id}/provider-choice', { params: { path: { id: caseId } }, body })));
    if (choice) onChosen(choice.trajectoryId);
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-busy={action.busy} className="rim-form rim-form--wide" aria-labelledby="choice-form-title" data-testid="provider-choice-form">
      <Heading2 id="choice-form-title">{t('providerChoice.title')}</Heading2>
      <Paragraph>{route === 'IRO' ? t('providerChoice.introIro') : t('providerChoice.intro')}</Paragraph>
      {candidates.status === 'error' && <ProblemAlert error={candidates.error} />}
      {action.error && <ProblemAlert error={action.error} />}
      {route === 'IRO' && (
        <div className="rim-inline-fields">
          <TextField id="choice-search" label={t('providerChoice.search')} value={searchText} onChange={setSearchText} />
          <Button appearance="secondary-action-button" onClick={() => setSearch(searchText.trim())}>
            {t('providerChoice.searchButton')}
          </Button>
        </div>
      )}
      {items.length > 0 && (
        <Fieldset data-testid="choice-candidates">
          <FieldsetLegend>{t('providerChoice.meetings')}</FieldsetLegend>
          {items.map((c) => (
            <div key={c.providerId} className="rim-inline-fields" data-testid="choice-candidate" data-provider={c.name}>
              <CheckboxField id={`choice-met-${c.providerId}`} label={t('providerChoice.met', { name: c.name })} checked={met.includes(c.providerId)} onChange={(on) => setMet((all) => toggle(all, c.providerId, on))} />
              <CheckboxField id={`choice-veto-${c.providerId}`} label={t('providerChoice.veto', { name: c.name })} checked={vetoed.includes(c.providerId)} onChange={(on) => setVetoed((all) => toggle(all, c.providerId, on))} />
            </div>
          ))}
        </Fieldset>
      )}
      {candidates.status === 'success' && items.length === 0 && (route !== 'IRO' || search) && <Paragraph data-testid="choice-none">{t('providerChoice.none')}</Paragraph>}
      <CodeSelect
        id="choice-chosen"
        label={t('providerChoice.chosen')}
        options={items.filter((c) => !vetoed.includes(c.providerId)).map((c) => ({ code: c.providerId, label: c.name }))}
        emptyLabel={t('form.chooseOption')}
        value={chosen}
        onChange={setChosen}
        error={invalid.has('choice-chosen') ? t('form.choose') : apiError('chosenProviderId')}
      />
      <RadioChoice
        id="choice-method"
        legend={t('providerChoice.method')}
        options={METHODS.map((m) => ({ code: m, label: t(`providerChoice.method.${m}`) }))}
        value={method}
        onChange={(m) => setMethod(m as Method)}
        error={invalid.has('choice-method') ? t('form.choose') : apiError('method')}
      />
      {method === 'COACH_AT_CLIENT_REQUEST' && <TextAreaField id="choice-reason" label={t('providerChoice.reason')} value={reason} onChange={setReason} error={apiError('reason')} />}
      <Button type="submit" appearance="primary-action-button" busy={action.busy} disabled={action.busy}>
        {t('providerChoice.submit')}
      </Button>
    </form>
  );
}
