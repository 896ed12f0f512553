import { Button, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import type { Product } from '@pacer/core';
import { IconArchive, IconArchiveOff, IconPencil } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../lib/format';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useCan } from '../auth/session';
import { refreshRecords } from '../records/record-api';
import { ArchivedNotice } from '../records/record-archive';
import { FieldList } from '../records/record-details';
import { RecordDrawer } from '../records/record-form';
import { PriorityBadge } from '../records/vocab';
import { ProductForm } from './product-form';
import { productsApi } from './products-api';

const ProductView = ({ product, onEdit, onClose }: { product: Product; onEdit: () => void; onClose: () => void }) => {
  const { t } = useTranslation();
  const canConfigure = useCan('crm:configure');
  const queryClient = useQueryClient();
  const archive = useMutation({
    mutationFn: (archived: boolean) => productsApi.archive(product.id, archived),
    onSuccess: async (_saved, archived) => {
      notifySuccess(t(archived ? 'products.form.archived' : 'products.form.restored', { name: product.name }));
      await refreshRecords(queryClient, 'products');
      onClose();
    },
    onError: (error) => notifyError(error),
  });
  return (
    <Stack gap="lg" data-testid="product-view">
      <ArchivedNotice archivedAt={product.archivedAt} />
      <Stack gap={4}>
        <Title order={3} style={{ overflowWrap: 'anywhere' }}>
          {product.name}
        </Title>
        <Text size="xl" fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
          {formatMoney(product.listPrice, product.currency)}
        </Text>
      </Stack>
      <FieldList
        fields={[
          { label: t('products.fields.sku'), value: product.sku },
          {
            label: t('records.fields.productLine'),
            value: product.productLineName ? (
              <Group gap={6}>
                {product.productLineName}
                {product.productLinePriority ? <PriorityBadge t={t} priority={product.productLinePriority} /> : null}
              </Group>
            ) : null,
          },
        ]}
      />
      {product.description ? (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {product.description}
        </Text>
      ) : null}
      {product.differentiators.length > 0 ? (
        <Stack gap="xs">
          <Title order={5}>{t('products.fields.differentiators')}</Title>
          <List size="sm" spacing={4}>
            {product.differentiators.map((text) => (
              <List.Item key={text}>{text}</List.Item>
            ))}
          </List>
        </Stack>
      ) : null}
      {product.competitorProducts.length > 0 ? (
        <Stack gap="xs">
          <Title order={5}>{t('products.fields.competitors')}</Title>
          <Table fz="sm" verticalSpacing={6} withRowBorders>
            <Table.Tbody>
              {product.competitorProducts.map((entry) => (
                <Table.Tr key={`${entry.competitor}-${entry.product ?? ''}`}>
                  <Table.Td style={{ verticalAlign: 'top', width: '40%' }}>
                    <Text size="sm" fw={600}>
                      {entry.competitor}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {entry.product}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-line' }}>{entry.notes}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      ) : null}
      {canConfigure ? (
        <Group justify="flex-end" gap="sm">
          <Button
            variant="subtle"
            color={product.archivedAt ? undefined : 'red'}
            leftSection={product.archivedAt ? <IconArchiveOff size={16} /> : <IconArchive size={16} />}
            loading={archive.isPending}
            onClick={() => archive.mutate(!product.archivedAt)}
          >
            {t(product.archivedAt ? 'products.form.restore' : 'products.form.archive')}
          </Button>
          <Button leftSection={<IconPencil size={16} />} onClick={onEdit}>
            {t('actions.edit')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
};

/** A product for everyone to read; admins edit it from here. `'new'` opens an empty form. */
export const ProductDrawer = ({ product, onClose }: { product: Product | 'new' | null; onClose: () => void }) => {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const close = () => {
    setEditing(false);
    onClose();
  };
  const title =
    product === 'new'
      ? t('products.form.createTitle')
      : editing
        ? t('products.form.editTitle')
        : t('products.form.viewTitle');
  return (
    <RecordDrawer
      target={product}
      title={title}
      formKey={(target) => (target === 'new' ? 'new' : `${target.id}-${editing}`)}
      onClose={close}
    >
      {(target) =>
        target === 'new' || editing ? (
          <ProductForm product={target === 'new' ? null : target} onCancel={close} onDone={close} />
        ) : (
          <ProductView product={target} onEdit={() => setEditing(true)} onClose={close} />
        )
      }
    </RecordDrawer>
  );
};
