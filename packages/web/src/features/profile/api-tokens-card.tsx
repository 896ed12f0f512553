import {
  ActionIcon,
  Button,
  Card,
  Code,
  EmptyState,
  Group,
  Modal,
  NumberInput,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { type ApiToken, createApiTokenSchema, type createdApiTokenSchema } from '@pacer/core';
import { IconKey, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { CopyValue } from '../../components/copy-value';
import { ConfirmModal, RowsSkeleton } from '../../components/feedback';
import { api } from '../../lib/api-client';
import { formatDate } from '../../lib/format';
import { notifyError, notifySuccess } from '../../lib/notify';
import { showFormError, useSchemaForm } from '../../lib/use-schema-form';

type CreatedApiToken = z.infer<typeof createdApiTokenSchema>;
type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>;

const tokensQuery = {
  queryKey: ['me', 'tokens'] as const,
  queryFn: async () => (await api.get<{ items: ApiToken[] }>('/me/tokens')).items,
};

interface TokenValues extends Record<string, unknown> {
  name: string;
  expiresInDays: number | string;
}

/** Personal API tokens: list, create (the secret is shown once), revoke. */
export const ApiTokensCard = () => {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const tokens = useQuery(tokensQuery);
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const form = useSchemaForm({
    schema: createApiTokenSchema,
    initialValues: { name: '', expiresInDays: '' } as TokenValues,
    toInput: ({ name, expiresInDays }) => ({
      name,
      expiresInDays: expiresInDays === '' ? null : Number(expiresInDays),
    }),
  });
  const create = useMutation({
    mutationFn: (input: CreateApiTokenInput) => api.post<CreatedApiToken>('/me/tokens', input),
    onSuccess: async (token) => {
      setCreated(token);
      form.reset();
      await queryClient.invalidateQueries({ queryKey: tokensQuery.queryKey });
    },
    onError: (error) => showFormError(form, error),
  });
  const revoke = useMutation({
    mutationFn: (token: ApiToken) => api.delete(`/me/tokens/${token.id}`),
    onSuccess: async () => {
      setRevoking(null);
      notifySuccess(t('profile.tokens.revoked'));
      await queryClient.invalidateQueries({ queryKey: tokensQuery.queryKey });
    },
    onError: (error) => notifyError(error),
  });

  return (
    <Card>
      <Text fw={700}>{t('profile.tokens.title')}</Text>
      <Text size="sm" c="dimmed" mb="md">
        {t('profile.tokens.hint')}
      </Text>
      <form onSubmit={form.onSubmit((values) => create.mutate(values))} noValidate>
        <Group align="flex-end" gap="sm" wrap="wrap" mb="lg">
          <TextInput
            label={t('profile.tokens.name')}
            placeholder={t('profile.tokens.namePlaceholder')}
            style={{ flex: '2 1 12rem' }}
            {...form.getInputProps('name')}
          />
          <NumberInput
            label={t('profile.tokens.expiresInDays')}
            placeholder={t('profile.tokens.expiresPlaceholder')}
            min={1}
            max={3650}
            allowDecimal={false}
            style={{ flex: '1 1 9rem' }}
            {...form.getInputProps('expiresInDays')}
          />
          <Button type="submit" leftSection={<IconPlus size={16} />} loading={create.isPending}>
            {t('profile.tokens.create')}
          </Button>
        </Group>
      </form>
      {!tokens.data ? (
        <RowsSkeleton rows={2} />
      ) : tokens.data.length === 0 ? (
        <EmptyState
          icon={<IconKey size={24} />}
          size="sm"
          withIndicatorBackground
          title={t('profile.tokens.emptyTitle')}
          description={t('profile.tokens.emptyBody')}
          py="md"
        />
      ) : (
        <Table.ScrollContainer minWidth={320}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('profile.tokens.name')}</Table.Th>
                <Table.Th>{t('profile.tokens.prefix')}</Table.Th>
                <Table.Th visibleFrom="sm">{t('profile.tokens.created')}</Table.Th>
                <Table.Th visibleFrom="sm">{t('profile.tokens.lastUsed')}</Table.Th>
                <Table.Th>{t('profile.tokens.expires')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tokens.data.map((token) => (
                <Table.Tr key={token.id} data-testid="token-row">
                  <Table.Td fw={600}>{token.name}</Table.Td>
                  <Table.Td>
                    <Code style={{ whiteSpace: 'nowrap' }}>{token.prefix}…</Code>
                  </Table.Td>
                  <Table.Td visibleFrom="sm">{formatDate(token.createdAt)}</Table.Td>
                  <Table.Td visibleFrom="sm">
                    {token.lastUsedAt ? formatDate(token.lastUsedAt) : t('labels.never')}
                  </Table.Td>
                  <Table.Td>{token.expiresAt ? formatDate(token.expiresAt) : t('labels.never')}</Table.Td>
                  <Table.Td ta="right">
                    <Tooltip label={t('profile.tokens.revoke')}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`${t('profile.tokens.revoke')}: ${token.name}`}
                        onClick={() => setRevoking(token)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal opened={created !== null} onClose={() => setCreated(null)} title={t('profile.tokens.newTitle')} size="lg">
        <Stack gap="md">
          <Text size="sm">{t('profile.tokens.newBody')}</Text>
          {created ? (
            <CopyValue
              value={created.token}
              copyLabel={t('actions.copy')}
              copiedLabel={t('actions.copied')}
              testId="new-token"
            />
          ) : null}
          <Group justify="flex-end">
            <Button onClick={() => setCreated(null)}>{t('profile.tokens.done')}</Button>
          </Group>
        </Stack>
      </Modal>
      <ConfirmModal
        opened={revoking !== null}
        title={t('profile.tokens.revokeTitle')}
        message={t('profile.tokens.revokeBody', { name: revoking?.name ?? '' })}
        confirmLabel={t('profile.tokens.revoke')}
        cancelLabel={t('actions.cancel')}
        loading={revoke.isPending}
        onConfirm={() => revoking && revoke.mutate(revoking)}
        onClose={() => setRevoking(null)}
      />
    </Card>
  );
};
