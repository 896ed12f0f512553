import { type UseFormReturnType, useForm } from '@mantine/form';
import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { isApiError } from './api-client';
import { notifyError, notifySuccess } from './notify';
import { issuesToErrors } from './validation';

interface SchemaFormOptions<Values, Schema extends z.ZodType> {
  /** The core contract the server validates with: the form validates with the very same. */
  schema: Schema;
  initialValues: Values;
  /** Turn what the inputs hold (empty strings, say) into the API input; identity by default. */
  toInput?: (values: Values) => z.input<Schema>;
}

/** A Mantine form validated by a core zod schema; it submits the parsed API input. */
export const useSchemaForm = <Values extends Record<string, unknown>, Schema extends z.ZodType>({
  schema,
  initialValues,
  toInput = (values) => values as z.input<Schema>,
}: SchemaFormOptions<Values, Schema>): UseFormReturnType<Values, z.output<Schema>> => {
  const { t } = useTranslation();
  return useForm<Values, z.output<Schema>>({
    mode: 'controlled',
    initialValues,
    validate: (values) => {
      const result = schema.safeParse(toInput(values));
      return result.success ? {} : issuesToErrors(result.error.issues, t);
    },
    transformValues: (values) => {
      const result = schema.safeParse(toInput(values));
      return (result.success ? result.data : toInput(values)) as z.output<Schema>;
    },
  });
};

/** Show a failed submit: field errors next to their inputs, the message as a notification. */
export const showFormError = (
  form: { setErrors: (errors: Record<string, string>) => void },
  error: unknown,
  message?: string,
): void => {
  if (isApiError(error) && error.fields.length > 0) {
    // Paths may be reported relative to the request ("body.email"); the form knows "email".
    form.setErrors(Object.fromEntries(error.fields.map((field) => [field.path.replace(/^body\./, ''), field.message])));
  }
  notifyError(error, message);
};

interface SaveMutationOptions<Input, Saved> {
  /** The form whose fields show the server's field errors. */
  form: { setErrors: (errors: Record<string, string>) => void };
  save: (input: Input) => Promise<Saved>;
  /** The notification after saving, given what the server returned. */
  savedMessage: (saved: Saved) => string;
  /** The queries to refresh after saving, one after the other. */
  refresh: QueryKey[];
  onDone: () => void;
}

/** Save a form: on success notify, refresh the lists and close; on failure show the errors in the form. */
export const useSaveMutation = <Input, Saved>({
  form,
  save,
  savedMessage,
  refresh,
  onDone,
}: SaveMutationOptions<Input, Saved>) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: save,
    onSuccess: async (saved) => {
      notifySuccess(savedMessage(saved));
      for (const queryKey of refresh) await queryClient.invalidateQueries({ queryKey });
      onDone();
    },
    onError: (error) => showFormError(form, error),
  });
};
