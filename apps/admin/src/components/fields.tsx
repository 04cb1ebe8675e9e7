import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Textarea, Textbox } from '@utrecht/component-library-react';
import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';

interface FieldFrame {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  description?: string;
  /** A message in the user's language; the field is marked invalid and the message is announced with it. */
  error?: string | null;
}

function describedBy(id: string, description: string | undefined, error: string | null | undefined): string | undefined {
  return [description ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

type TextFieldProps = FieldFrame & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'>;

/** Label, hint and error message of one input, wired up for assistive technology. */
function Framed({ id, label, description, error, input }: Omit<FieldFrame, 'value' | 'onChange'> & { input: ReactNode }) {
  return (
    <FormField
      invalid={Boolean(error)}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      description={description ? <FormFieldDescription id={`${id}-hint`}>{description}</FormFieldDescription> : undefined}
      errorMessage={error ? <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage> : undefined}
      input={input}
    />
  );
}

/** A labelled text input with its hint and error message wired up for assistive technology. */
export function TextField({ id, label, value, onChange, description, error, ...input }: TextFieldProps) {
  return (
    <Framed id={id} label={label} description={description} error={error} input={
      <Textbox {...input} id={id} name={input.name ?? id} invalid={Boolean(error)} aria-describedby={describedBy(id, description, error)} value={value} onChange={(event) => onChange(event.target.value)} />
    } />
  );
}

type TextAreaFieldProps = FieldFrame & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange'>;

export function TextAreaField({ id, label, value, onChange, description, error, ...input }: TextAreaFieldProps) {
  return (
    <Framed id={id} label={label} description={description} error={error} input={
      <Textarea {...input} id={id} name={input.name ?? id} invalid={Boolean(error)} aria-describedby={describedBy(id, description, error)} value={value} onChange={(event) => onChange(event.target.value)} />
    } />
  );
}

/** A whole number typed into a field, or null when it is not one. */
export function wholeNumber(text: string): number | null {
  return /^\d{1,9}$/.test(text.trim()) ? Number(text.trim()) : null;
}

/** Moves focus to the first field named (an input's id, or a group whose first input takes the focus). */
export function focusFirst(ids: readonly string[]): void {
  for (const id of ids) {
    const element = document.getElementById(id) ?? document.querySelector<HTMLElement>(`[data-testid="${id}"] input`);
    if (element) {
      element.focus();
      return;
    }
  }
}
