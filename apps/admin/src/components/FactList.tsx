import { DataList, DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';

/** Facts as label–value pairs (a description list), labels already in the user's language. */
export function FactList({ facts, testId }: { facts: ReadonlyArray<readonly [label: string, value: string]>; testId?: string }) {
  return (
    <DataList data-testid={testId}>
      {facts.map(([label, value]) => (
        <DataListItem key={label}>
          <DataListKey>{label}</DataListKey>
          <DataListValue value={value}>{value}</DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}
