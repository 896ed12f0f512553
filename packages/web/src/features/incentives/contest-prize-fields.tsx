import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { CreateContestInput } from '@pacer/core';
import { prizeKinds } from '@pacer/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CurrencySelect } from '../../components/regional-selects';
import { type ContestValues, newPrize } from './contest-form-values';

/** The prizes of a new contest: for a place or for every winner; cash, goods or incentive travel. */
export const ContestPrizeFields = ({
  form,
  currency,
}: {
  form: UseFormReturnType<ContestValues, CreateContestInput>;
  currency: string;
}) => {
  const { t } = useTranslation();
  const prizes = form.values.prizes;
  const places = Array.from({ length: 10 }, (_, i) => ({
    value: String(i + 1),
    label: `${t('incentives.form.place')} ${i + 1}`,
  }));
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {t('incentives.form.prizes')}
      </Text>
      {prizes.map((prize, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the form addresses prizes by their position
        <Group key={index} gap="xs" align="flex-start" wrap="wrap" data-testid="contest-prize">
          <Select
            aria-label={t('incentives.form.place')}
            data={[{ value: '', label: t('incentives.form.everyQualifier') }, ...places]}
            w={150}
            allowDeselect={false}
            {...form.getInputProps(`prizes.${index}.place`)}
          />
          <Select
            aria-label={t('incentives.form.prizeKind')}
            data={prizeKinds.map((kind) => ({ value: kind, label: t(`incentives.form.prizeKinds.${kind}`) }))}
            w={170}
            allowDeselect={false}
            {...form.getInputProps(`prizes.${index}.kind`)}
          />
          {prize.kind === 'cash' ? (
            <>
              <TextInput
                aria-label={t('incentives.form.amount')}
                placeholder={t('incentives.form.amount')}
                inputMode="decimal"
                w={130}
                data-testid="prize-amount"
                {...form.getInputProps(`prizes.${index}.amount`)}
              />
              <CurrencySelect
                aria-label={t('incentives.form.currency')}
                w={200}
                {...form.getInputProps(`prizes.${index}.currency`)}
              />
            </>
          ) : (
            <TextInput
              aria-label={t('incentives.form.description')}
              placeholder={t('incentives.form.description')}
              style={{ flex: 1 }}
              miw={200}
              {...form.getInputProps(`prizes.${index}.description`)}
            />
          )}
          <ActionIcon
            variant="subtle"
            color="red"
            mt={4}
            aria-label={t('incentives.form.remove')}
            onClick={() => form.removeListItem('prizes', index)}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => form.insertListItem('prizes', newPrize(currency, String(prizes.length + 1)))}
        >
          {t('incentives.form.addPrize')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        {t('incentives.form.cashNote')}
      </Text>
    </Stack>
  );
};
