import { Select, TextInput } from '@mantine/core';
import type { ImportField, Pipeline } from '@pacer/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api-client';

interface FieldValueInputProps {
  field: ImportField;
  value: string;
  onChange: (value: string) => void;
  label?: string;
  placeholder?: string;
  autoFocus?: boolean;
  /** Keep the choices inside the parent (a popover would close on a click in a portal). */
  inline?: boolean;
}

// Pipelines and stages are named in a file: offer the org's names to pick from.
const usePipelineNames = (field: ImportField): string[] | undefined => {
  const wanted = field.type === 'reference' && (field.key === 'stage' || field.key === 'pipeline');
  const pipelines = useQuery({
    queryKey: ['imports', 'pipelines'],
    queryFn: async ({ signal }) => (await api.get<{ items: Pipeline[] }>('/pipelines', undefined, signal)).items,
    enabled: wanted,
    staleTime: 60_000,
  });
  if (!wanted || !pipelines.data) return undefined;
  const names = pipelines.data.flatMap((pipeline) =>
    field.key === 'pipeline' ? [pipeline.name] : pipeline.stages.map((stage) => stage.name),
  );
  return [...new Set(names)];
};

/** A value for one import field: a choice where the field has a list of values, else free text. */
export const FieldValueInput = ({
  field,
  value,
  onChange,
  label,
  placeholder,
  autoFocus,
  inline = false,
}: FieldValueInputProps) => {
  const names = usePipelineNames(field);
  const options = field.type === 'boolean' ? ['true', 'false'] : (field.options ?? names);
  if (options && options.length > 0) {
    return (
      <Select
        label={label}
        aria-label={label ?? field.label}
        placeholder={placeholder}
        data={options}
        value={value || null}
        onChange={(next) => onChange(next ?? '')}
        searchable
        autoFocus={autoFocus}
        comboboxProps={{ withinPortal: !inline }}
        data-testid={`value-input-${field.key}`}
      />
    );
  }
  return (
    <TextInput
      label={label}
      aria-label={label ?? field.label}
      placeholder={placeholder}
      description={field.description}
      type={field.type === 'date' ? 'date' : 'text'}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      autoFocus={autoFocus}
      data-testid={`value-input-${field.key}`}
    />
  );
};
