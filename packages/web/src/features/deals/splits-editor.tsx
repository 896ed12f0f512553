import { Badge, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { isAmount, type SalesRole, splitsProblem, sumAmounts } from '@pacer/core';
import { useTranslation } from 'react-i18next';
import { AddRowButton, RemoveRowButton } from '../../components/row-buttons';
import { formatDecimal } from '../../lib/format';
import { MemberPicker } from '../people/member-picker';
import { salesRoleOptions } from '../records/vocab';

export interface SplitValues {
  userId: string | null;
  userName: string;
  percent: string;
  role: SalesRole | null;
}

// biome-ignore lint/suspicious/noExplicitAny: the editor only touches `splits.*`
type DealForm = UseFormReturnType<any, any>;

/** Who shares the credit for a deal, and how much; the shares must add up to 100. */
export const SplitsEditor = ({ form }: { form: DealForm }) => {
  const { t } = useTranslation();
  const splits = form.values.splits as SplitValues[];
  const complete = splits.every((split) => split.userId && isAmount(split.percent.trim()));
  const total = complete ? sumAmounts(splits.map((split) => split.percent.trim())).toString() : null;
  const problem =
    complete && splits.length > 0
      ? splitsProblem(splits.map((split) => ({ userId: split.userId ?? '', percent: split.percent.trim() })))
      : null;

  return (
    <Stack gap="xs" data-testid="splits">
      {splits.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('deals.splits.empty')}
        </Text>
      ) : null}
      {splits.map((split, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place
        <Group key={index} gap="xs" align="flex-end" wrap="wrap" data-testid="split-row">
          <MemberPicker
            label={index === 0 ? t('deals.splits.rep') : undefined}
            aria-label={t('deals.splits.rep')}
            value={split.userId}
            selectedName={split.userName}
            onChange={(id, name) => {
              form.setFieldValue(`splits.${index}.userId`, id);
              form.setFieldValue(`splits.${index}.userName`, name ?? '');
            }}
            style={{ flex: '1 1 12rem' }}
            size="sm"
          />
          <TextInput
            label={index === 0 ? t('deals.splits.percent') : undefined}
            aria-label={t('deals.splits.percent')}
            inputMode="decimal"
            w={80}
            size="sm"
            rightSection="%"
            {...form.getInputProps(`splits.${index}.percent`)}
            data-testid="split-percent"
          />
          <Select
            label={index === 0 ? t('deals.splits.role') : undefined}
            aria-label={t('deals.splits.role')}
            data={salesRoleOptions(t)}
            clearable
            w={170}
            size="sm"
            {...form.getInputProps(`splits.${index}.role`)}
          />
          <RemoveRowButton
            mb={4}
            label={t('deals.splits.remove')}
            onClick={() => form.removeListItem('splits', index)}
          />
        </Group>
      ))}
      <Group justify="space-between" wrap="wrap">
        <AddRowButton
          label={t('deals.splits.add')}
          onClick={() =>
            form.insertListItem('splits', {
              userId: null,
              userName: '',
              percent: splits.length === 0 ? '100' : '',
              role: null,
            } satisfies SplitValues)
          }
          data-testid="add-split"
        />
        {splits.length > 0 ? (
          <Badge color={problem || total === null ? 'red' : 'teal'} variant="light" data-testid="splits-total">
            {t('deals.splits.total', { percent: total === null ? '…' : formatDecimal(total) })}
          </Badge>
        ) : null}
      </Group>
      {problem ? (
        <Text size="xs" c="red">
          {t('deals.splits.mustSum')}
        </Text>
      ) : null}
      {typeof form.errors.splits === 'string' ? (
        <Text size="xs" c="red">
          {form.errors.splits}
        </Text>
      ) : null}
    </Stack>
  );
};
