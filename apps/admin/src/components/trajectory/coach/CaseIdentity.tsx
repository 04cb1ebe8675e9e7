import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client.js';
import { useAction } from '../../../api/use-action.js';
import { useI18n } from '../../../i18n/i18n.js';
import { ProblemAlert } from '../../ProblemAlert.js';

/** IC-1: the clear BSN only on demand, from the audited identity endpoint; it is kept in this component's state only. */
export function CaseIdentity({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const action = useAction();
  const [bsn, setBsn] = useState<string | null>(null);
  async function reveal() {
    const identity = await action.run(() => unwrap(api.GET('/api/cases/{id}/identity', { params: { path: { id: caseId } } })));
    if (identity) setBsn(identity.bsn);
  }
  return (
    <div data-testid="case-identity">
      {action.error && <ProblemAlert error={action.error} />}
      {bsn === null ? (
        <Button appearance="secondary-action-button" busy={action.busy} disabled={action.busy} onClick={() => void reveal()}>
          {t('case.showBsn')}
        </Button>
      ) : (
        <Paragraph data-testid="case-bsn">
          {t('case.bsnShown', { bsn })}
        </Paragraph>
      )}
    </div>
  );
}
