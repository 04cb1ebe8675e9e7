import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { TextField } from '../../components/fields.js';
import { ChoiceSetFinder } from '../../components/framework/ChoiceSetFinder.js';
import { usePageTitle } from '../../components/page-title.js';
import { withParams } from '../../components/search-params.js';
import { useI18n } from '../../i18n/i18n.js';

/** The coach presents a client's choice set (FW-7/FW-8); the client case reference seeds the order, so it is reproducible. */
export function ClientChoiceSetPage() {
  const { t } = useI18n();
  usePageTitle(t('choiceSet.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const seed = searchParams.get('seed') ?? '';
  const [caseReference, setCaseReference] = useState(seed);
  useEffect(() => setCaseReference(seed), [seed]);
  const commit = () => setSearchParams((current) => withParams(current, { seed: caseReference.trim() }), { replace: true });

  return (
    <>
      <Heading1>{t('choiceSet.title')}</Heading1>
      <Paragraph>{t('choiceSet.intro')}</Paragraph>
      <ChoiceSetFinder source="signedIn" seed={seed}>
        <div className="rim-filters__region" onBlur={commit}>
          <TextField
            id="choice-case"
            label={t('choiceSet.caseReference')}
            description={t('choiceSet.caseReferenceHint')}
            autoComplete="off"
            value={caseReference}
            onChange={setCaseReference}
            onKeyDown={(event) => {
              if (event.key === 'Enter') commit();
            }}
          />
        </div>
      </ChoiceSetFinder>
    </>
  );
}
