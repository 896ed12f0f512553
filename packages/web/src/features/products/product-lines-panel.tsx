import {
  Badge,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { createProductLineSchema, type ProductLine, type ProductLinePriority } from '@pacer/core';
import { IconArchive, IconArchiveOff, IconBox, IconPencil, IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyCard, QueryLoadError, RowsSkeleton } from '../../components/feedback';
import { FormModal, ModalForm } from '../../components/form-modal';
import { RowActionsMenu } from '../../components/row-actions-menu';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useSaveMutation, useSchemaForm } from '../../lib/use-schema-form';
import { useCan } from '../auth/session';
import { PriorityBadge, priorityOptions } from '../records/vocab';
import { productLinesQuery, productsApi } from './products-api';

interface LineValues extends Record<string, unknown> {
  name: string;
  priority: ProductLinePriority;
  description: string;
}

const LineForm = ({ line, onDone }: { line: ProductLine | null; onDone: () => void }) => {
  const { t } = useTranslation();
  const form = useSchemaForm({
    schema: createProductLineSchema,
    initialValues: {
      name: line?.name ?? '',
      priority: line?.priority ?? 'standard',
      description: line?.description ?? '',
    } as LineValues,
  });
  const save = useSaveMutation({
    form,
    save: (input: Parameters<typeof productsApi.createLine>[0]) =>
      line ? productsApi.updateLine(line.id, input) : productsApi.createLine(input),
    savedMessage: (saved) => t(line ? 'products.lines.saved' : 'products.lines.created', { name: saved.name }),
    refresh: [['product-lines'], ['products']],
    onDone,
  });
  return (
    <ModalForm
      onSubmit={form.onSubmit((values) => save.mutate(values))}
      cancelLabel={t('actions.cancel')}
      submitLabel={t(line ? 'actions.saveChanges' : 'actions.create')}
      loading={save.isPending}
      onCancel={onDone}
    >
      <TextInput
        label={t('products.lines.name')}
        placeholder={t('products.lines.namePlaceholder')}
        required
        data-autofocus
        {...form.getInputProps('name')}
      />
      <Select
        label={t('products.lines.priority')}
        description={t('products.lines.priorityHint')}
        data={priorityOptions(t)}
        allowDeselect={false}
        {...form.getInputProps('priority')}
      />
      <Textarea
        label={t('products.lines.description')}
        autosize
        minRows={2}
        maxRows={6}
        {...form.getInputProps('description')}
      />
    </ModalForm>
  );
};

/** The product lines as cards, with their priority; admins add, edit and archive them. */
export const ProductLinesPanel = ({ onShowProducts }: { onShowProducts: (lineId: string) => void }) => {
  const { t } = useTranslation();
  const canConfigure = useCan('crm:configure');
  const queryClient = useQueryClient();
  const [showArchived, setShowArchived] = useState(false);
  const lines = useQuery(productLinesQuery(showArchived ? 'all' : 'false'));
  const [editing, setEditing] = useState<ProductLine | 'new' | null>(null);
  const archive = useMutation({
    mutationFn: ({ line, archived }: { line: ProductLine; archived: boolean }) =>
      productsApi.archiveLine(line.id, archived),
    onSuccess: async (_saved, { line, archived }) => {
      notifySuccess(t(archived ? 'products.lines.archived' : 'products.lines.restored', { name: line.name }));
      await queryClient.invalidateQueries({ queryKey: ['product-lines'] });
    },
    onError: (error) => notifyError(error),
  });
  const createButton = canConfigure ? (
    <Button leftSection={<IconPlus size={18} />} onClick={() => setEditing('new')} data-testid="create-line">
      {t('products.lines.new')}
    </Button>
  ) : null;

  if (lines.isError) return <QueryLoadError query={lines} />;
  return (
    <Stack gap="md">
      <Group justify="space-between">
        {canConfigure ? (
          <Switch
            label={t('labels.showArchived')}
            checked={showArchived}
            onChange={(event) => setShowArchived(event.currentTarget.checked)}
          />
        ) : (
          <span />
        )}
        {createButton}
      </Group>
      {!lines.data ? (
        <RowsSkeleton rows={3} height={90} />
      ) : lines.data.length === 0 ? (
        <EmptyCard
          icon={<IconBox size={28} />}
          title={t('products.lines.emptyTitle')}
          description={t('products.lines.emptyBody')}
          action={createButton}
        />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {lines.data.map((line) => (
            <Card
              key={line.id}
              padding="md"
              className="pacer-hover-card"
              style={{ opacity: line.archivedAt ? 0.6 : 1 }}
              data-testid="product-line"
            >
              <Stack gap="xs" h="100%">
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
                    {line.name}
                  </Text>
                  {canConfigure ? (
                    <RowActionsMenu
                      label={t('labels.actionsFor', { name: line.name })}
                      actions={[
                        { label: t('actions.edit'), icon: <IconPencil size={16} />, onClick: () => setEditing(line) },
                        {
                          label: t(line.archivedAt ? 'actions.restore' : 'actions.archive'),
                          icon: line.archivedAt ? <IconArchiveOff size={16} /> : <IconArchive size={16} />,
                          danger: !line.archivedAt,
                          onClick: () => archive.mutate({ line, archived: !line.archivedAt }),
                        },
                      ]}
                    />
                  ) : null}
                </Group>
                <Group gap={6}>
                  <PriorityBadge t={t} priority={line.priority} />
                  {line.archivedAt ? (
                    <Badge color="orange" variant="light" size="sm">
                      {t('labels.archived')}
                    </Badge>
                  ) : null}
                </Group>
                {line.description ? (
                  <Text size="sm" c="dimmed" lineClamp={3}>
                    {line.description}
                  </Text>
                ) : null}
                <Group justify="space-between" mt="auto" pt="xs">
                  <Text size="sm" c="dimmed">
                    {t('products.lines.products', { count: line.productCount })}
                  </Text>
                  <Button variant="subtle" size="compact-sm" onClick={() => onShowProducts(line.id)}>
                    {t('products.lines.viewProducts')}
                  </Button>
                </Group>
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
      <FormModal
        target={editing}
        title={t(editing === 'new' ? 'products.lines.createTitle' : 'products.lines.editTitle')}
        formKey={(target) => (target === 'new' ? 'new' : target.id)}
        onClose={() => setEditing(null)}
      >
        {(target) => <LineForm line={target === 'new' ? null : target} onDone={() => setEditing(null)} />}
      </FormModal>
    </Stack>
  );
};
