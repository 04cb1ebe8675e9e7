import { Alert, Button, Fieldset, FieldsetLegend, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client.js';
import { useCodeList } from '../../api/reference.js';
import type { SelfRegistration, SelfRegistrationResult } from '../../api/types.js';
import { useAction } from '../../api/use-action.js';
import { CheckboxGroup } from '../../components/CheckboxGroup.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { focusFirst, TextField, wholeNumber } from '../../components/fields.js';
import { PublicLayout } from '../../components/Layout.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { usePageTitle } from '../../components/page-title.js';
import { useI18n, type MessageKey } from '../../i18n/i18n.js';

const SIZE_CLASSES = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE', 'NATIONAL'] as const;
type SizeClass = (typeof SIZE_CLASSES)[number];
const MIN_PASSWORD_LENGTH = 12;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface Draft {
  kvkNumber: string;
  name: string;
  email: string;
  streetAddress: string;
  postcode: string;
  city: string;
  homeRegionCode: string;
  regionsServed: string[];
  targetGroups: string[];
  services: string[];
  sizeClass: SizeClass | '';
  employees: string;
  annualCapacity: string;
  foundedYear: string;
  adminName: string;
  adminEmail: string;
  password: string;
}

type Field = keyof Draft;
type Errors = Partial<Record<Field, MessageKey>>;

/** Form order, for moving focus to the first field in error. */
const FIELD_ORDER: readonly Field[] = [
  'kvkNumber', 'name', 'email', 'streetAddress', 'postcode', 'city', 'homeRegionCode', 'sizeClass', 'employees', 'annualCapacity', 'foundedYear',
  'services', 'regionsServed', 'targetGroups', 'adminName', 'adminEmail', 'password',
];

const EMPTY: Draft = {
  kvkNumber: '', name: '', email: '', streetAddress: '', postcode: '', city: '', homeRegionCode: '', regionsServed: [], targetGroups: [],
  services: [], sizeClass: '', employees: '', annualCapacity: '', foundedYear: '', adminName: '', adminEmail: '', password: '',
};

function validate(d: Draft): Errors {
  const errors: Errors = {};
  if (!/^\d{8}$/.test(d.kvkNumber.trim())) errors.kvkNumber = 'signup.error.kvk';
  for (const field of ['name', 'streetAddress', 'city', 'adminName'] as const) if (!d[field].trim()) errors[field] = 'form.required';
  if (!EMAIL_PATTERN.test(d.email.trim())) errors.email = 'form.email';
  if (!EMAIL_PATTERN.test(d.adminEmail.trim())) errors.adminEmail = 'form.email';
  if (!/^\d{4}\s?[A-Za-z]{2}$/.test(d.postcode.trim())) errors.postcode = 'form.postcode';
  if (!d.homeRegionCode) errors.homeRegionCode = 'form.choose';
  if (d.regionsServed.length === 0) errors.regionsServed = 'form.chooseOne';
  if (d.targetGroups.length === 0) errors.targetGroups = 'form.chooseOne';
  if (d.services.length === 0) errors.services = 'form.chooseOne';
  if (!d.sizeClass) errors.sizeClass = 'form.choose';
  if (wholeNumber(d.employees) === null) errors.employees = 'form.wholeNumber';
  if (wholeNumber(d.annualCapacity) === null) errors.annualCapacity = 'form.wholeNumber';
  if (d.foundedYear.trim() && wholeNumber(d.foundedYear) === null) errors.foundedYear = 'form.wholeNumber';
  if (d.password.length < MIN_PASSWORD_LENGTH) errors.password = 'signup.error.password';
  return errors;
}

function toRequest(d: Draft): SelfRegistration {
  const founded = wholeNumber(d.foundedYear);
  return {
    organisation: {
      kvkNumber: d.kvkNumber.trim(), name: d.name.trim(), email: d.email.trim(), streetAddress: d.streetAddress.trim(),
      postcode: d.postcode.trim().toUpperCase(), city: d.city.trim(), homeRegionCode: d.homeRegionCode, regionsServed: d.regionsServed,
      targetGroups: d.targetGroups, services: d.services, sizeClass: d.sizeClass || 'MICRO', employees: wholeNumber(d.employees) ?? 0,
      annualCapacity: wholeNumber(d.annualCapacity) ?? 0, ...(founded !== null ? { foundedYear: founded } : {}),
    },
    admin: { name: d.adminName.trim(), email: d.adminEmail.trim(), password: d.password },
  };
}

/** Public self-registration of a re-integration company and its first administrator (SPEC §1). */
export function ProviderSignupPage() {
  const { t } = useI18n();
  usePageTitle(t('signup.title'));
  const regions = useCodeList('regions', { sortByLabel: true });
  const targetGroups = useCodeList('target-groups');
  const services = useCodeList('services');
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const [done, setDone] = useState<SelfRegistrationResult | null>(null);
  const action = useAction();

  const set = <K extends Field>(field: K) => (value: Draft[K]) => setDraft((current) => ({ ...current, [field]: value }));
  const err = (field: Field) => (errors[field] ? t(errors[field]) : null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validate(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirst(FIELD_ORDER.filter((field) => found[field]).map((field) => `signup-${field}`));
      return;
    }
    const result = await action.run(() => unwrap(api.POST('/api/public/provider-registrations', { body: toRequest(draft) })));
    if (result) {
      setDone(result);
      window.scrollTo(0, 0);
    }
  }

  const fieldLabels: Record<string, string> = {
    'organisation.kvkNumber': t('signup.kvk'), 'organisation.name': t('signup.name'), 'organisation.email': t('signup.email'),
    'organisation.postcode': t('signup.postcode'), 'organisation.homeRegionCode': t('signup.homeRegion'),
    'organisation.regionsServed': t('signup.regionsServed'), 'organisation.targetGroups': t('signup.targetGroups'),
    'organisation.services': t('signup.services'), 'admin.email': t('signup.adminEmail'), 'admin.password': t('signup.password'),
  };

  if (done) {
    return (
      <PublicLayout>
        <Heading1>{t('signup.title')}</Heading1>
        <Alert type="ok" role="status" data-testid="signup-success">
          <Heading2>{t('signup.successTitle')}</Heading2>
          <Paragraph>{t('signup.successBody', { email: done.email })}</Paragraph>
          <Paragraph>
            <Link to="/login" className="utrecht-link utrecht-link--html-a">
              {t('signup.toLogin')}
            </Link>
          </Paragraph>
        </Alert>
      </PublicLayout>
    );
  }

  return (
    <PublicLayout>
      <Heading1>{t('signup.title')}</Heading1>
      <Paragraph>{t('signup.intro')}</Paragraph>
      {action.error && <ProblemAlert error={action.error} title={t('signup.errorTitle')} fieldLabels={fieldLabels} />}
      <form onSubmit={onSubmit} noValidate aria-busy={action.busy} className="rim-form rim-form--wide">
        <Fieldset>
          <FieldsetLegend>{t('signup.organisation')}</FieldsetLegend>
          <TextField id="signup-kvkNumber" label={t('signup.kvk')} description={t('signup.kvkHint')} inputMode="numeric" autoComplete="off" value={draft.kvkNumber} onChange={set('kvkNumber')} error={err('kvkNumber')} />
          <TextField id="signup-name" label={t('signup.name')} autoComplete="organization" value={draft.name} onChange={set('name')} error={err('name')} />
          <TextField id="signup-email" label={t('signup.email')} type="email" autoComplete="email" value={draft.email} onChange={set('email')} error={err('email')} />
          <TextField id="signup-streetAddress" label={t('signup.street')} autoComplete="street-address" value={draft.streetAddress} onChange={set('streetAddress')} error={err('streetAddress')} />
          <TextField id="signup-postcode" label={t('signup.postcode')} autoComplete="postal-code" value={draft.postcode} onChange={set('postcode')} error={err('postcode')} />
          <TextField id="signup-city" label={t('signup.city')} autoComplete="address-level2" value={draft.city} onChange={set('city')} error={err('city')} />
          <CodeSelect id="signup-homeRegionCode" label={t('signup.homeRegion')} options={regions.options} busy={regions.loading} emptyLabel={t('form.chooseOption')} value={draft.homeRegionCode} onChange={set('homeRegionCode')} error={err('homeRegionCode')} />
          <CodeSelect
            id="signup-sizeClass"
            label={t('signup.sizeClass')}
            options={SIZE_CLASSES.map((code) => ({ code, label: t(`sizeClass.${code}`) }))}
            emptyLabel={t('form.chooseOption')}
            value={draft.sizeClass}
            error={err('sizeClass')}
            onChange={(code) => set('sizeClass')(SIZE_CLASSES.find((s) => s === code) ?? '')}
          />
          <TextField id="signup-employees" label={t('signup.employees')} inputMode="numeric" value={draft.employees} onChange={set('employees')} error={err('employees')} />
          <TextField id="signup-annualCapacity" label={t('signup.annualCapacity')} description={t('signup.annualCapacityHint')} inputMode="numeric" value={draft.annualCapacity} onChange={set('annualCapacity')} error={err('annualCapacity')} />
          <TextField id="signup-foundedYear" label={t('signup.foundedYear')} inputMode="numeric" value={draft.foundedYear} onChange={set('foundedYear')} error={err('foundedYear')} />
        </Fieldset>
        <CheckboxGroup id="signup-services" legend={t('signup.services')} options={services.options} selected={draft.services} onChange={set('services')} error={err('services')} />
        <CheckboxGroup id="signup-regionsServed" legend={t('signup.regionsServed')} options={regions.options} selected={draft.regionsServed} onChange={set('regionsServed')} error={err('regionsServed')} columns />
        <CheckboxGroup
          id="signup-targetGroups"
          legend={t('signup.targetGroups')}
          description={t('targetGroups.illustrative')}
          options={targetGroups.options}
          selected={draft.targetGroups}
          onChange={set('targetGroups')}
          error={err('targetGroups')}
          columns
        />
        <Fieldset>
          <FieldsetLegend>{t('signup.admin')}</FieldsetLegend>
          <Paragraph>{t('signup.adminIntro')}</Paragraph>
          <TextField id="signup-adminName" label={t('signup.adminName')} autoComplete="name" value={draft.adminName} onChange={set('adminName')} error={err('adminName')} />
          <TextField id="signup-adminEmail" label={t('signup.adminEmail')} type="email" autoComplete="username" value={draft.adminEmail} onChange={set('adminEmail')} error={err('adminEmail')} />
          <TextField id="signup-password" label={t('signup.password')} description={t('signup.passwordHint')} type="password" autoComplete="new-password" value={draft.password} onChange={set('password')} error={err('password')} />
        </Fieldset>
        <Button type="submit" appearance="primary-action-button" busy={action.busy} disabled={action.busy} data-testid="signup-submit">
          {t('signup.submit')}
        </Button>
      </form>
    </PublicLayout>
  );
}
