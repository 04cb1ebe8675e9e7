import { Fieldset, FieldsetLegend, FormFieldDescription, FormFieldErrorMessage } from '@utrecht/component-library-react';
import type { Criterion, Weights } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';
import { TextField, wholeNumber } from '../fields.js';
import { CRITERIA, useTenderFormat } from './format.js';

export type WeightTexts = Readonly<Record<Criterion, string>>;

export const weightTexts = (weights: Weights): WeightTexts => Object.fromEntries(CRITERIA.map((c) => [c, String(weights[c])])) as Record<Criterion, string>;

/** TD-7: whole numbers 0–100 that sum to exactly 100, or null. */
export function parseWeights(texts: WeightTexts): Weights | null {
  const values = CRITERIA.map((c) => wholeNumber(texts[c]));
  if (values.some((v) => v === null || v > 100)) return null;
  const weights = Object.fromEntries(CRITERIA.map((c, i) => [c, values[i]!])) as Weights;
  return CRITERIA.reduce((sum, c) => sum + weights[c], 0) === 100 ? weights : null;
}

function sumOf(texts: WeightTexts): number {
  return CRITERIA.reduce((sum, c) => sum + (wholeNumber(texts[c]) ?? 0), 0);
}

interface WeightsFieldsProps {
  id: string;
  legend: string;
  value: WeightTexts;
  onChange(next: WeightTexts): void;
  /** Shown once the user tried to go on with weights that do not sum to 100. */
  showError?: boolean;
}

/** The six award criteria with a weight each and the live sum, announced as it changes. */
export function WeightsFields({ id, legend, value, onChange, showError = false }: WeightsFieldsProps) {
  const { t } = useI18n();
  const format = useTenderFormat();
  const sum = sumOf(value);
  const invalid = showError && parseWeights(value) === null;
  return (
    <Fieldset invalid={invalid} aria-describedby={`${id}-sum${invalid ? ` ${id}-error` : ''}`} data-testid={id}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {invalid && <FormFieldErrorMessage id={`${id}-error`}>{t('tender.weightsError')}</FormFieldErrorMessage>}
      <div className="rim-inline-fields">
        {CRITERIA.map((c) => (
          <TextField key={c} id={`${id}-${c}`} inputMode="numeric" label={format.criterion(c)} value={value[c]} onChange={(text) => onChange({ ...value, [c]: text })} />
        ))}
      </div>
      <FormFieldDescription id={`${id}-sum`}>
        <span role="status" data-testid={`${id}-sum`} data-sum={sum}>
          {sum === 100 ? t('tender.weightsSumOk', { sum }) : t('tender.weightsSum', { sum })}
        </span>
      </FormFieldDescription>
    </Fieldset>
  );
}
