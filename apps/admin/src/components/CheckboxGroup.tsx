import { Checkbox, Fieldset, FieldsetLegend, FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';
import type { CodeOption } from '../api/reference.js';

interface CheckboxGroupProps {
  id: string;
  legend: string;
  description?: string;
  options: readonly CodeOption[];
  selected: readonly string[];
  onChange(next: string[]): void;
  error?: string | null;
  /** Long lists (regions, target groups) flow into columns. */
  columns?: boolean;
  disabled?: boolean;
}

/** A set of codes to pick from (regions, target groups, services): a fieldset with one labelled checkbox per code. */
export function CheckboxGroup({ id, legend, description, options, selected, onChange, error, columns = false, disabled = false }: CheckboxGroupProps) {
  const describedBy = [description ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  function toggle(code: string, checked: boolean) {
    const next = checked ? [...selected, code] : selected.filter((c) => c !== code);
    // Keep the list's own order so the request does not depend on click order.
    onChange(options.map((o) => o.code).filter((c) => next.includes(c)));
  }
  return (
    <Fieldset invalid={Boolean(error)} aria-describedby={describedBy} disabled={disabled} data-testid={id}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description && <FormFieldDescription id={`${id}-hint`}>{description}</FormFieldDescription>}
      {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
      <div className={columns ? 'rim-checkbox-grid rim-checkbox-grid--columns' : 'rim-checkbox-grid'}>
        {options.map((option) => {
          const inputId = `${id}-${option.code}`;
          const checked = selected.includes(option.code);
          return (
            <FormField
              key={option.code}
              type="checkbox"
              label={
                <FormLabel htmlFor={inputId} type="checkbox" checked={checked}>
                  {option.label}
                </FormLabel>
              }
              input={<Checkbox id={inputId} value={option.code} checked={checked} onChange={(event) => toggle(option.code, event.target.checked)} />}
            />
          );
        })}
      </div>
    </Fieldset>
  );
}
