import { Button } from '@utrecht/component-library-react';
import { api, unwrap } from '../../api/client.js';
import { useAction } from '../../api/use-action.js';
import { useI18n } from '../../i18n/i18n.js';
import { ProblemAlert } from '../ProblemAlert.js';

/**
 * Downloads a stored evidence document. The content needs the bearer token, which a plain link cannot carry, so the
 * file is fetched and handed to the browser as a download; the API logs the read (SPEC §8).
 */
export function EvidenceDownload({ documentId, fileName }: { documentId: string; fileName: string }) {
  const { t } = useI18n();
  const action = useAction();
  async function download() {
    const blob = await action.run(() => unwrap(api.GET('/api/evidence/{id}/content', { params: { path: { id: documentId } }, parseAs: 'blob' })));
    if (!blob) return;
    const url = URL.createObjectURL(blob);
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = fileName;
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  return (
    <>
      <Button type="button" appearance="subtle-button" busy={action.busy} onClick={() => void download()} data-testid="evidence-download">
        {t('evidence.download', { file: fileName })}
      </Button>
      {action.error && <ProblemAlert error={action.error} />}
    </>
  );
}
