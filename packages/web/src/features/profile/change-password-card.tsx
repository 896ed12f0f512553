import { Button, Card, Group, PasswordInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { changePasswordSchema } from '@pacer/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { api } from '../../lib/api-client';
import { notifySuccess } from '../../lib/notify';
import { showFormError, useSchemaForm } from '../../lib/use-schema-form';

/** Change the password: the current one proves it is really you. */
export const ChangePasswordCard = () => {
  const { t } = useTranslation();
  const form = useSchemaForm({
    schema: changePasswordSchema,
    initialValues: { currentPassword: '', newPassword: '' },
  });
  const change = useMutation({
    mutationFn: (input: z.infer<typeof changePasswordSchema>) => api.post<{ ok: true }>('/me/password', input),
    onSuccess: () => {
      form.reset();
      notifySuccess(t('profile.password.changed'));
    },
    onError: (error) => showFormError(form, error),
  });

  return (
    <Card>
      <Text fw={700} mb="md">
        {t('profile.password.title')}
      </Text>
      <form onSubmit={form.onSubmit((values) => change.mutate(values))} noValidate>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <PasswordInput
              label={t('profile.password.current')}
              autoComplete="current-password"
              required
              {...form.getInputProps('currentPassword')}
            />
            <PasswordInput
              label={t('profile.password.next')}
              description={t('profile.password.nextHint')}
              autoComplete="new-password"
              required
              {...form.getInputProps('newPassword')}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" variant="light" loading={change.isPending}>
              {t('profile.password.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
};
