import { Button, Tabs } from '@mantine/core';
import type { Product } from '@pacer/core';
import { IconCategory, IconPackage, IconPlus } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { useCan } from '../auth/session';
import { dateCell, moneyCell, NameCell, textCell } from '../records/record-cells';
import type { ColumnDef } from '../records/record-columns';
import type { FilterDef } from '../records/record-filters';
import { RecordList } from '../records/record-list';
import { PriorityBadge } from '../records/vocab';
import { ProductDrawer } from './product-drawer';
import { ProductLinesPanel } from './product-lines-panel';
import { useProductLineOptions } from './products-api';

const useProductColumns = (): ColumnDef<Product>[] => {
  const { t } = useTranslation();
  return useMemo(
    () => [
      {
        id: 'name',
        label: t('records.fields.name'),
        primary: true,
        sortKey: 'name',
        minWidth: 220,
        render: (product) => <NameCell title={product.name} subtitle={product.sku} />,
      },
      {
        id: 'productLineName',
        exportKeys: ['productLine'],
        label: t('records.fields.productLine'),
        default: true,
        render: (p) => textCell(p.productLineName),
      },
      {
        id: 'productLinePriority',
        exportKeys: [],
        label: t('products.fields.priority'),
        default: true,
        render: (p) => (p.productLinePriority ? <PriorityBadge t={t} priority={p.productLinePriority} /> : null),
      },
      {
        id: 'listPrice',
        exportKeys: ['listPrice', 'currency'],
        label: t('products.fields.listPrice'),
        sortKey: 'listPrice',
        align: 'right',
        default: true,
        render: (p) => moneyCell(p.listPrice, p.currency),
      },
      {
        id: 'differentiators',
        exportKeys: [],
        label: t('products.fields.differentiators'),
        render: (p) => textCell(p.differentiators[0] ?? null),
      },
      {
        id: 'createdAt',
        exportKeys: [],
        label: t('products.fields.created'),
        sortKey: 'createdAt',
        render: (p) => dateCell(p.createdAt),
      },
    ],
    [t],
  );
};

/** The catalog: products for everyone to look up, product lines with their priority; admins edit both. */
export const ProductsPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canConfigure = useCan('crm:configure');
  const productLines = useProductLineOptions();
  const [tab, setTab] = useState<string | null>('products');
  const [open, setOpen] = useState<Product | 'new' | null>(null);
  const columns = useProductColumns();
  const filters = useMemo<FilterDef[]>(
    () => [{ kind: 'select', key: 'productLineId', label: t('records.fields.productLine'), options: productLines }],
    [t, productLines],
  );
  const createButton = canConfigure ? (
    <Button leftSection={<IconPlus size={18} />} onClick={() => setOpen('new')} data-testid="create-product">
      {t('products.new')}
    </Button>
  ) : null;

  return (
    <>
      <PageHeader
        title={t('products.title')}
        description={t('products.subtitle')}
        actions={tab === 'products' ? createButton : null}
      />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="lg">
          <Tabs.Tab value="products" leftSection={<IconPackage size={16} />}>
            {t('products.tabs.products')}
          </Tabs.Tab>
          <Tabs.Tab value="lines" leftSection={<IconCategory size={16} />}>
            {t('products.tabs.lines')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="products">
          <RecordList
            type="products"
            columns={columns}
            filters={filters}
            defaultSort="name"
            nameOf={(product) => product.name}
            onOpen={setOpen}
            owned={false}
            totals={false}
            selectable={false}
            emptyIcon={<IconPackage size={28} />}
            emptyAction={createButton}
          />
        </Tabs.Panel>
        <Tabs.Panel value="lines">
          <ProductLinesPanel
            onShowProducts={(lineId) => {
              setTab('products');
              void navigate({ to: '/products', search: { productLineId: lineId } });
            }}
          />
        </Tabs.Panel>
      </Tabs>
      <ProductDrawer product={open} onClose={() => setOpen(null)} />
    </>
  );
};
