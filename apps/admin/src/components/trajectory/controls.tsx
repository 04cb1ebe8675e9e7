import { Checkbox, FormField, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';

interface CheckboxFieldProps {
  id: string;
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  error?: string | null;
}

/** One labelled checkbox (a consent, a sign-off) with its error message. */
export function CheckboxField({ id, label, checked, onChange, error }: CheckboxFieldProps) {
  return (
    <FormField
      type="checkbox"
      invalid={Boolean(error)}
      errorMessage={error ? <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage> : undefined}
      label={
        <FormLabel htmlFor={id} type="checkbox" checked={checked}>
          {label}
        </FormLabel>
      }
      input={<Checkbox id={id} checked={checked} invalid={Boolean(error)} aria-describedby={error ? `${id}-error` : undefined} onChange={(event) => onChange(event.target.checked)} />}
    />
  );
}
