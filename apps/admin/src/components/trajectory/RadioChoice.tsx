import { Fieldset, FieldsetLegend, FormField, FormFieldErrorMessage, FormLabel, RadioButton } from '@utrecht/component-library-react';
import type { CodeOption } from '../../api/reference.js';

interface RadioChoiceProps {
  id: string;
  legend: string;
  options: readonly CodeOption[];
  value: string;
  onChange(code: string): void;
  error?: string | null;
}

/** One choice out of a few, as labelled radio buttons in a fieldset. */
export function RadioChoice({ id, legend, options, value, onChange, error }: RadioChoiceProps) {
  return (
    <Fieldset invalid={Boolean(error)} aria-describedby={error ? `${id}-error` : undefined} data-testid={id}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
      <div className="rim-radio-row">
        {options.map((option) => (
          <FormField
            key={option.code}
            type="radio"
            label={
              <FormLabel htmlFor={`${id}-${option.code}`} type="radio" checked={value === option.code}>
                {option.label}
              </FormLabel>
            }
            input={<RadioButton id={`${id}-${option.code}`} name={id} value={option.code} checked={value === option.code} onChange={() => onChange(option.code)} />}
          />
        ))}
      </div>
    </Fieldset>
  );
}
