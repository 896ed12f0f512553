import {
  ActionIcon,
  type ActionIconProps,
  Button,
  Checkbox,
  Group,
  Menu,
  Popover,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import type { ListTotals, RecordType } from '@pacer/core';
import { IconColumns3, IconDownload, IconFileSpreadsheet, IconFileText } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount, formatMoney } from '../../lib/format';
import { exportUrl, type ListSearch } from './record-api';
import type { ColumnDef } from './record-columns';

/** An icon button of the list's toolbar, named by its tooltip; it opens a menu or a popover. */
const ToolButton = ({ label, icon, ...props }: ActionIconProps & { label: string; icon: ReactNode }) => (
  <Tooltip label={label}>
    <ActionIcon variant="default" size="input-sm" aria-label={label} {...props}>
      {icon}
    </ActionIcon>
  </Tooltip>
);

/** Choose the list's columns; the primary one always stays. */
export const ColumnsMenu = <Row,>({
  columns,
  visible,
  onChange,
}: {
  columns: readonly ColumnDef<Row>[];
  visible: readonly string[];
  onChange: (ids: string[] | null) => void;
}) => {
  const { t } = useTranslation();
  const choosable = columns.filter((column) => !column.primary);
  return (
    <Popover position="bottom-end" shadow="md" width={240} withinPortal>
      <Popover.Target>
        <ToolButton label={t('records.list.columns')} icon={<IconColumns3 size={18} />} data-testid="columns-menu" />
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Text size="xs" fw={700} c="dimmed" tt="uppercase">
            {t('records.list.columns')}
          </Text>
          {choosable.map((column) => (
            <Checkbox
              key={column.id}
              label={column.label}
              checked={visible.includes(column.id)}
              onChange={(event) =>
                onChange(
                  event.currentTarget.checked ? [...visible, column.id] : visible.filter((id) => id !== column.id),
                )
              }
            />
          ))}
          <Button variant="subtle" size="compact-sm" onClick={() => onChange(null)}>
            {t('records.list.columnsReset')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
};

const exportFormats = [
  { format: 'csv', icon: <IconFileText size={16} /> },
  { format: 'xlsx', icon: <IconFileSpreadsheet size={16} /> },
] as const;

/** Download the rows of the current filters, with the columns shown, as CSV or XLSX. */
export const ExportMenu = ({ type, search, columns }: { type: RecordType; search: ListSearch; columns: string[] }) => {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" shadow="md" width={260} withinPortal>
      <Menu.Target>
        <ToolButton label={t('records.export.button')} icon={<IconDownload size={18} />} data-testid="export-menu" />
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('records.export.hint')}</Menu.Label>
        {exportFormats.map(({ format, icon }) => (
          <Menu.Item
            key={format}
            component="a"
            href={exportUrl(type, format, search, columns)}
            download
            leftSection={icon}
            data-testid={`export-${format}`}
          >
            {t(`records.export.${format}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
};

/** The footer of a list: how many records match and what their amounts sum to, per currency. */
export const ListFooter = ({
  totals,
  shown,
  countLabel,
}: {
  totals: ListTotals | undefined;
  shown: number;
  countLabel: (count: number) => string;
}) => {
  const { t } = useTranslation();
  if (!totals) return null;
  return (
    <Group
      justify="space-between"
      gap="xs"
      px="md"
      py="sm"
      wrap="wrap"
      data-testid="list-footer"
      style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
    >
      <Text size="sm" fw={600} data-testid="list-count">
        {countLabel(totals.count)}
        {shown < totals.count ? (
          <Text span size="sm" c="dimmed" fw={400} ml="xs">
            · {t('records.list.shown', { shown: formatCount(shown), total: formatCount(totals.count) })}
          </Text>
        ) : null}
      </Text>
      {totals.amounts.length > 0 ? (
        <Group gap="md" wrap="wrap" data-testid="list-sums">
          <Text size="sm" c="dimmed">
            {t('records.footer.sum')}
          </Text>
          {totals.amounts.map((amount) => (
            <Text key={amount.currency} size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatMoney(amount.sum, amount.currency)}
            </Text>
          ))}
        </Group>
      ) : null}
    </Group>
  );
};
