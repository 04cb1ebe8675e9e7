import { Button, ButtonGroup, Checkbox, Fieldset, FieldsetLegend, FormField, FormLabel, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useCodeList } from '../../api/reference.js';
import type { Application, ApplicationUpdate, Location, Requirement } from '../../api/types.js';
import { useI18n, type MessageKey } from '../../i18n/i18n.js';
import { CheckboxGroup } from '../CheckboxGroup.js';
import { TextField, wholeNumber } from '../fields.js';
import { requirementTitle } from './frameworks.js';

interface Draft {
  declarations: string[];
  trajectories: string;
  placements: string;
  newcomer: boolean;
  regions: string[];
  targetGroups: string[];
  locations: Location[];
  capacity: string;
}

type Errors = Partial<Record<'trajectories' | 'placements' | 'capacity' | 'locations', MessageKey>>;

function draftOf(application: Application): Draft {
  return {
    declarations: application.declarations,
    trajectories: application.experience ? String(application.experience.trajectories) : '',
    placements: application.experience ? String(application.experience.placements) : '',
    newcomer: application.experience?.newcomer ?? false,
    regions: application.regions,
    targetGroups: application.targetGroups,
    locations: application.locations,
    capacity: application.capacity ? String(application.capacity) : '',
  };
}

function validate(d: Draft): Errors {
  const errors: Errors = {};
  if (d.trajectories.trim() && wholeNumber(d.trajectories) === null) errors.trajectories = 'form.wholeNumber';
  if (d.placements.trim() && wholeNumber(d.placements) === null) errors.placements = 'form.wholeNumber';
  if (d.capacity.trim() && wholeNumber(d.capacity) === null) errors.capacity = 'form.wholeNumber';
  if (d.locations.some((l) => !l.city.trim() || !/^\d{4}\s?[A-Za-z]{2}$/.test(l.postcode.trim()))) errors.locations = 'application.error.locations';
  return errors;
}

function toUpdate(d: Draft): ApplicationUpdate {
  const trajectories = wholeNumber(d.trajectories);
  const placements = wholeNumber(d.placements);
  const hasExperience = trajectories !== null || placements !== null || d.newcomer;
  return {
    declarations: d.declarations,
    ...(hasExperience ? { experience: { trajectories: trajectories ?? 0, placements: placements ?? 0, newcomer: d.newcomer } } : {}),
    regions: d.regions,
    targetGroups: d.targetGroups,
    locations: d.locations.map((l) => ({ city: l.city.trim(), postcode: l.postcode.trim().toUpperCase() })),
    capacity: wholeNumber(d.capacity) ?? 0,
  };
}

interface ApplicationFormProps {
  application: Application;
  checklist: readonly Requirement[];
  busy: boolean;
  /** Saves the changes; `submit` also hands the application in (FW-3 SUBMITTED). */
  onSave(update: ApplicationUpdate, submit: boolean): void;
}

/** FW-2: what a provider declares and offers for one lot, edited while the application is a draft or info is requested. */
export function ApplicationForm({ application, checklist, busy, onSave }: ApplicationFormProps) {
  const { t, lang } = useI18n();
  const regions = useCodeList('regions', { sortByLabel: true });
  const targetGroups = useCodeList('target-groups');
  const [draft, setDraft] = useState<Draft>(() => draftOf(application));
  const [errors, setErrors] = useState<Errors>({});
  const declarable = checklist.filter((r) => r.kind !== 'EXPERIENCE');
  const experienceRule = checklist.find((r) => r.kind === 'EXPERIENCE');
  const set = <K extends keyof Draft>(field: K) => (value: Draft[K]) => setDraft((current) => ({ ...current, [field]: value }));
  const setLocation = (index: number, change: Partial<Location>) =>
    set('locations')(draft.locations.map((l, i) => (i === index ? { ...l, ...change } : l)));

  function save(event: FormEvent<HTMLFormElement>, submit: boolean) {
    event.preventDefault();
    const found = validate(draft);
    setErrors(found);
    if (Object.keys(found).length === 0) onSave(toUpdate(draft), submit);
  }

  return (
    <form
      onSubmit={(event) => {
        const submitter = (event.nativeEvent as SubmitEvent).submitter;
        save(event, submitter?.getAttribute('value') === 'submit');
      }}
      noValidate
      aria-busy={busy}
      className="rim-form"
      aria-labelledby="application-form-title"
    >
      <Heading2 id="application-form-title">{t('application.formTitle')}</Heading2>
      <CheckboxGroup
        id="application-declarations"
        legend={t('application.declarations')}
        description={t('application.declarationsHint')}
        options={declarable.map((r) => ({ code: r.code, label: `${r.code} — ${requirementTitle(r, lang)}` }))}
        selected={draft.declarations}
        onChange={set('declarations')}
      />
      <Fieldset>
        <FieldsetLegend>{t('application.experience')}</FieldsetLegend>
        {experienceRule && (
          <Paragraph>{t('application.experienceRule', { code: experienceRule.code, minimum: experienceRule.minimumTrajectories ?? 0 })}</Paragraph>
        )}
        <TextField id="application-trajectories" label={t('application.trajectories')} inputMode="numeric" value={draft.trajectories} onChange={set('trajectories')} error={errors.trajectories ? t(errors.trajectories) : null} />
        <TextField id="application-placements" label={t('application.placements')} inputMode="numeric" value={draft.placements} onChange={set('placements')} error={errors.placements ? t(errors.placements) : null} />
        <FormField
          type="checkbox"
          label={
            <FormLabel htmlFor="application-newcomer" type="checkbox" checked={draft.newcomer}>
              {t('application.newcomer')}
            </FormLabel>
          }
          input={<Checkbox id="application-newcomer" checked={draft.newcomer} onChange={(event) => set('newcomer')(event.target.checked)} />}
        />
      </Fieldset>
      <CheckboxGroup id="application-regions" legend={t('application.regions')} options={regions.options} selected={draft.regions} onChange={set('regions')} columns />
      <CheckboxGroup
        id="application-targetGroups"
        legend={t('application.targetGroups')}
        description={t('targetGroups.illustrative')}
        options={targetGroups.options}
        selected={draft.targetGroups}
        onChange={set('targetGroups')}
        columns
      />
      <Fieldset invalid={Boolean(errors.locations)} data-testid="application-locations">
        <FieldsetLegend>{t('application.locations')}</FieldsetLegend>
        {errors.locations && <Paragraph className="utrecht-form-field-error-message">{t(errors.locations)}</Paragraph>}
        {draft.locations.map((location, i) => (
          <div className="rim-inline-fields" key={i}>
            <TextField id={`application-location-${i}-city`} label={t('application.locationCity', { n: i + 1 })} value={location.city} onChange={(city) => setLocation(i, { city })} />
            <TextField id={`application-location-${i}-postcode`} label={t('application.locationPostcode', { n: i + 1 })} value={location.postcode} onChange={(postcode) => setLocation(i, { postcode })} />
            <Button type="button" appearance="subtle-button" onClick={() => set('locations')(draft.locations.filter((_, j) => j !== i))}>
              {t('application.locationRemove', { n: i + 1 })}
            </Button>
          </div>
        ))}
        <Button type="button" appearance="secondary-action-button" onClick={() => set('locations')([...draft.locations, { city: '', postcode: '' }])}>
          {t('application.locationAdd')}
        </Button>
      </Fieldset>
      <TextField
        id="application-capacity"
        label={t('application.capacity')}
        description={t('application.capacityHint')}
        inputMode="numeric"
        value={draft.capacity}
        onChange={set('capacity')}
        error={errors.capacity ? t(errors.capacity) : null}
      />
      <ButtonGroup>
        <Button type="submit" name="intent" value="save" appearance="secondary-action-button" busy={busy} disabled={busy} data-testid="application-save">
          {t('application.save')}
        </Button>
        <Button type="submit" name="intent" value="submit" appearance="primary-action-button" busy={busy} disabled={busy} data-testid="application-submit">
          {t('application.saveAndSubmit')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
