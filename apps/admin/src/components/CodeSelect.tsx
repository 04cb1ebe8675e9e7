import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import type { CodeOption } from '../api/reference.js';

interface CodeSelectProps {
  id: string;
  label: string;
  options: readonly CodeOption[];
  value: string;
  onChange(code: string): void;
  /** The label of the empty choice ("all regions", "choose …"); without it a code must be chosen. */
  emptyLabel?: string;
  description?: string;
  busy?: boolean;
  required?: boolean;
  error?: string | null;
  className?: string;
}

/** A labelled select over codes; a code from the URL stays selectable while its list is still loading. */
export function CodeSelect({ id, label, options, value, onChange, emptyLabel, description, busy, required, error, className }: CodeSelectProps) {
  const describedBy = [description ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <FormField
      className={className}
      invalid={Boolean(error)}
      errorMessage={error ? <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage> : undefined}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      description={description ? <FormFieldDescription id={`${id}-hint`}>{description}</FormFieldDescription> : undefined}
      input={
        <Select
          id={id}
          name={id}
          value={value}
          busy={busy}
          required={required}
          invalid={Boolean(error)}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
          data-testid={id}
        >
          {emptyLabel !== undefined && <SelectOption value="">{emptyLabel}</SelectOption>}
          {value && !options.some((o) => o.code === value) && <SelectOption value={value}>{value}</SelectOption>}
          {options.map((option) => (
            <SelectOption key={option.code} value={option.code}>
              {option.label}
            </SelectOption>
          ))}
        </Select>
      }
    />
  );
}
