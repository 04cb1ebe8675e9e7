import { FormField, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import type { Framework } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';

interface FrameworkSelectProps {
  id: string;
  frameworks: readonly Framework[];
  value: string;
  onChange(id: string): void;
  /** Offer "all frameworks" (filters) rather than forcing one (pages about one framework). */
  allowAll?: boolean;
  className?: string;
}

export function FrameworkSelect({ id, frameworks, value, onChange, allowAll = false, className }: FrameworkSelectProps) {
  const { t } = useI18n();
  return (
    <FormField
      className={className}
      label={<FormLabel htmlFor={id}>{t('framework.select')}</FormLabel>}
      input={
        <Select id={id} name="framework" value={value} onChange={(event) => onChange(event.target.value)} data-testid={id}>
          {allowAll && <SelectOption value="">{t('framework.all')}</SelectOption>}
          {frameworks.map((framework) => (
            <SelectOption key={framework.id} value={framework.id}>
              {framework.name}
            </SelectOption>
          ))}
        </Select>
      }
    />
  );
}
