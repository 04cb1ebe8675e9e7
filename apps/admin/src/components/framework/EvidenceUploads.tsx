import { Button, FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client.js';
import type { Application, Requirement } from '../../api/types.js';
import { useAction } from '../../api/use-action.js';
import { useI18n, type MessageKey } from '../../i18n/i18n.js';
import { TextField } from '../fields.js';
import { ProblemAlert } from '../ProblemAlert.js';
import { EvidenceDownload } from './EvidenceDownload.js';
import { documentRequirements, requirementTitle } from './frameworks.js';
import { StatusTag } from './StatusTag.js';

const ACCEPTED_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
const MAX_BYTES = 10 * 1024 * 1024;

type Current = Application['evidence'][number];

function fileError(file: File | null): MessageKey | null {
  if (!file) return 'evidence.error.noFile';
  if (!ACCEPTED_TYPES.some((type) => type === file.type)) return 'evidence.error.type';
  if (file.size > MAX_BYTES) return 'evidence.error.size';
  return null;
}

function EvidenceUpload({ frameworkId, requirement, current, onUploaded }: { frameworkId: string; requirement: Requirement; current: Current | undefined; onUploaded(): void }) {
  const { t, lang, formatDate } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [validUntil, setValidUntil] = useState('');
  const [errors, setErrors] = useState<{ file?: MessageKey; validUntil?: MessageKey }>({});
  const [inputKey, setInputKey] = useState(0);
  const action = useAction();
  const id = `evidence-${requirement.code}`;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = { file: fileError(file) ?? undefined, validUntil: requirement.expires && !validUntil ? ('evidence.error.validUntil' as const) : undefined };
    setErrors(found);
    if (found.file || found.validUntil || !file) return;
    const uploaded = await action.run(() =>
      unwrap(
        api.POST('/api/frameworks/{id}/evidence/{requirementCode}', {
          params: { path: { id: frameworkId, requirementCode: requirement.code }, query: { fileName: file.name, ...(requirement.expires ? { validUntil } : {}) } },
          // The generated type reads `format: binary` as a string; the raw file goes out as the body, typed by its own media type.
          body: file.name,
          bodySerializer: () => file,
          headers: { 'Content-Type': file.type },
        }),
      ),
    );
    if (uploaded) {
      setFile(null);
      setValidUntil('');
      setInputKey((k) => k + 1);
      onUploaded();
    }
  }

  return (
    <li className="rim-card" data-testid="evidence-requirement" data-code={requirement.code}>
      <Heading3>
        {requirement.code} — {requirementTitle(requirement, lang)}
      </Heading3>
      {current ? (
        <Paragraph data-testid="evidence-current">
          {t('evidence.current', { file: current.fileName, version: current.versionNo })}{' '}
          {current.validUntil && t('evidence.validUntil', { date: formatDate(current.validUntil) })} <StatusTag kind="evidence" status={current.status} />
        </Paragraph>
      ) : (
        <Paragraph data-testid="evidence-missing">{t('evidence.missing')}</Paragraph>
      )}
      {current && <EvidenceDownload documentId={current.documentId} fileName={current.fileName} />}
      {action.error && <ProblemAlert error={action.error} />}
      <form onSubmit={onSubmit} noValidate aria-busy={action.busy} className="rim-form" aria-label={t('evidence.uploadFor', { code: requirement.code })}>
        <FormField
          invalid={Boolean(errors.file)}
          label={<FormLabel htmlFor={`${id}-file`}>{t('evidence.file', { code: requirement.code })}</FormLabel>}
          description={<FormFieldDescription id={`${id}-file-hint`}>{t('evidence.fileHint')}</FormFieldDescription>}
          errorMessage={errors.file && <FormFieldErrorMessage id={`${id}-file-error`}>{t(errors.file)}</FormFieldErrorMessage>}
          input={
            <input
              key={inputKey}
              id={`${id}-file`}
              type="file"
              className="utrecht-textbox utrecht-textbox--html-input"
              accept={ACCEPTED_TYPES.join(',')}
              aria-describedby={errors.file ? `${id}-file-hint ${id}-file-error` : `${id}-file-hint`}
              aria-invalid={errors.file ? true : undefined}
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          }
        />
        {requirement.expires && (
          <TextField
            id={`${id}-validUntil`}
            label={t('evidence.validUntilLabel', { code: requirement.code })}
            description={t('evidence.validUntilHint')}
            type="date"
            value={validUntil}
            onChange={setValidUntil}
            error={errors.validUntil ? t(errors.validUntil) : null}
          />
        )}
        <Button type="submit" appearance="secondary-action-button" busy={action.busy} disabled={action.busy} data-testid="evidence-upload">
          {t('evidence.upload', { code: requirement.code })}
        </Button>
      </form>
    </li>
  );
}

/** FW-2: one upload per document the checklist asks for; every upload is a new version, none is overwritten. */
export function EvidenceUploads({ application, checklist, onUploaded }: { application: Application; checklist: readonly Requirement[]; onUploaded(): void }) {
  const { t } = useI18n();
  const documents = documentRequirements(checklist);
  return (
    <section aria-labelledby="evidence-title">
      <Heading2 id="evidence-title">{t('evidence.title')}</Heading2>
      <Paragraph>{t('evidence.intro')}</Paragraph>
      <ul className="rim-card-list">
        {documents.map((requirement) => (
          <EvidenceUpload
            key={requirement.code}
            frameworkId={application.frameworkId}
            requirement={requirement}
            current={application.evidence.find((e) => e.requirementCode === requirement.code)}
            onUploaded={onUploaded}
          />
        ))}
      </ul>
    </section>
  );
}
