import {
  Alert,
  Button,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { ApiError, networkProblem } from '../../api/problem.js';
import { useAuth } from '../../auth/auth.js';
import type { LoginLocationState } from '../../auth/guards.js';
import { PublicLayout } from '../../components/Layout.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { usePageTitle } from '../../components/page-title.js';
import { useI18n, type MessageKey } from '../../i18n/i18n.js';

type Field = 'email' | 'password';
type FieldErrors = Partial<Record<Field, MessageKey>>;

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function validate(email: string, password: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!email.trim()) errors.email = 'login.emailRequired';
  else if (!EMAIL_PATTERN.test(email.trim())) errors.email = 'login.emailInvalid';
  if (!password) errors.password = 'login.passwordRequired';
  return errors;
}

function redirectTarget(state: unknown): string {
  const from = (state as LoginLocationState | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}

export function LoginPage() {
  const { state, login } = useAuth();
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  usePageTitle(t('login.title'));

  if (state.status === 'authenticated') return <Navigate to={redirectTarget(location.state)} replace />;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = validate(email, password);
    setFieldErrors(errors);
    setProblem(null);
    const firstInvalid = (Object.keys(errors) as Field[])[0];
    if (firstInvalid) {
      document.getElementById(`login-${firstInvalid}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await login(email.trim(), password);
      navigate(redirectTarget(location.state), { replace: true });
    } catch (error) {
      setProblem(error instanceof ApiError ? error : new ApiError(networkProblem(error)));
      setPassword('');
    } finally {
      setBusy(false);
    }
  }

  const notice =
    state.status === 'anonymous' && state.reason === 'expired'
      ? t('session.expired')
      : state.status === 'anonymous' && state.reason === 'loggedOut'
        ? t('session.loggedOut')
        : null;

  return (
    <PublicLayout>
      <div className="rim-login">
        <Heading1>{t('login.title')}</Heading1>
        <Paragraph>{t('login.intro')}</Paragraph>
        {notice && !problem && (
          <Alert type="info" role="status" data-testid="session-notice">
            <Paragraph>{notice}</Paragraph>
          </Alert>
        )}
        {problem && (
          <ProblemAlert
            error={problem}
            title={t('login.errorTitle')}
            fieldLabels={{ email: t('login.email'), password: t('login.password') }}
          />
        )}
        <form onSubmit={onSubmit} noValidate aria-busy={busy} className="rim-form">
          <FormField
            invalid={Boolean(fieldErrors.email)}
            label={<FormLabel htmlFor="login-email">{t('login.email')}</FormLabel>}
            input={
              <Textbox
                id="login-email"
                name="email"
                type="email"
                autoComplete="username"
                inputMode="email"
                spellCheck={false}
                required
                invalid={Boolean(fieldErrors.email)}
                aria-describedby={fieldErrors.email ? 'login-email-error' : undefined}
                value={email}
                onChange={(event) => setEmail(event.target.value)}
              />
            }
            errorMessage={fieldErrors.email && <FormFieldErrorMessage id="login-email-error">{t(fieldErrors.email)}</FormFieldErrorMessage>}
          />
          <FormField
            invalid={Boolean(fieldErrors.password)}
            label={<FormLabel htmlFor="login-password">{t('login.password')}</FormLabel>}
            input={
              <Textbox
                id="login-password"
                name="password"
                type="password"
                autoComplete="current-password"
                required
                invalid={Boolean(fieldErrors.password)}
                aria-describedby={fieldErrors.password ? 'login-password-error' : undefined}
                value={password}
                onChange={(event) => setPassword(event.target.value)}
              />
            }
            errorMessage={
              fieldErrors.password && <FormFieldErrorMessage id="login-password-error">{t(fieldErrors.password)}</FormFieldErrorMessage>
            }
          />
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy} data-testid="login-submit">
            {busy ? t('login.busy') : t('login.submit')}
          </Button>
        </form>
        <section aria-labelledby="login-public" className="rim-login__public">
          <Heading2 id="login-public">{t('login.publicTitle')}</Heading2>
          <Paragraph>
            {t('login.noAccount')}{' '}
            <Link to="/registreren" className="utrecht-link utrecht-link--html-a">
              {t('nav.signUp')}
            </Link>
          </Paragraph>
          <Paragraph>
            <Link to="/openbaar/deelnemers" className="utrecht-link utrecht-link--html-a">
              {t('nav.publicParticipants')}
            </Link>
            {' · '}
            <Link to="/openbaar/keuzepagina" className="utrecht-link utrecht-link--html-a">
              {t('nav.choicePage')}
            </Link>
          </Paragraph>
        </section>
      </div>
    </PublicLayout>
  );
}
