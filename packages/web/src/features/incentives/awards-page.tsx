import { Badge, Button, Card, Group, Modal, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { awardKinds, createAwardSchema, localDateOf } from '@pacer/core';
import { IconAward } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DayInput } from '../../components/date-inputs';
import { EmptyCard, QueryLoadError, RowsSkeleton } from '../../components/feedback';
import { ModalForm } from '../../components/form-modal';
import { PageHeader } from '../../components/page-header';
import { formatDay } from '../../lib/format';
import { useSaveMutation, useSchemaForm } from '../../lib/use-schema-form';
import { useSession } from '../auth/session';
import { MemberPicker } from '../people/member-picker';
import { awardsQuery, incentivesApi } from './incentives-api';

interface AwardValues extends Record<string, unknown> {
  kind: (typeof awardKinds)[number];
  name: string;
  repId: string;
  periodStart: string | null;
  periodEnd: string | null;
  citation: string;
}

const toAwardInput = (values: AwardValues) => ({
  kind: values.kind,
  name: values.kind === 'custom' ? values.name || undefined : undefined,
  repId: values.repId,
  periodStart: values.periodStart ?? '',
  periodEnd: values.kind === 'custom' ? (values.periodEnd ?? undefined) : undefined,
  citation: values.citation,
});

/** Give an award: which one, to whom, for which month, year or days, and why. */
const AwardForm = ({ onDone }: { onDone: () => void }) => {
  const { t } = useTranslation();
  const { org } = useSession();
  const form = useSchemaForm<AwardValues, typeof createAwardSchema>({
    schema: createAwardSchema,
    initialValues: {
      kind: 'rep_of_the_month',
      name: '',
      repId: '',
      periodStart: localDateOf(new Date(), org.timeZone),
      periodEnd: null,
      citation: '',
    },
    toInput: toAwardInput,
  });
  const save = useSaveMutation({
    form,
    save: incentivesApi.giveAward,
    savedMessage: (award) => t('incentives.awards.given', { name: award.repName }),
    refresh: [['awards'], ['recognition']],
    onDone,
  });
  const custom = form.values.kind === 'custom';
  return (
    <ModalForm
      onSubmit={form.onSubmit((input) => save.mutate(input))}
      cancelLabel={t('incentives.form.cancel')}
      submitLabel={t('incentives.awards.give')}
      submitIcon={<IconAward size={16} />}
      loading={save.isPending}
      onCancel={onDone}
    >
      <Select
        label={t('incentives.awards.kind')}
        data={awardKinds.map((kind) => ({ value: kind, label: t(`incentives.awards.kinds.${kind}`) }))}
        allowDeselect={false}
        {...form.getInputProps('kind')}
      />
      {custom ? <TextInput label={t('incentives.awards.name')} {...form.getInputProps('name')} /> : null}
      <MemberPicker
        label={t('incentives.awards.rep')}
        value={form.values.repId || null}
        onChange={(id) => form.setFieldValue('repId', id ?? '')}
        error={form.errors.repId}
      />
      <SimpleGrid cols={custom ? 2 : 1}>
        <DayInput label={t('incentives.awards.periodStart')} {...form.getInputProps('periodStart')} />
        {custom ? <DayInput label={t('incentives.awards.periodEnd')} {...form.getInputProps('periodEnd')} /> : null}
      </SimpleGrid>
      <Textarea label={t('incentives.awards.citation')} autosize minRows={3} {...form.getInputProps('citation')} />
    </ModalForm>
  );
};

/** Awards given in the org, newest first; managers and admins give them. */
export const AwardsPage = () => {
  const { t } = useTranslation();
  const { member } = useSession();
  const [giving, setGiving] = useState(false);
  const awards = useQuery(awardsQuery);
  const gives = member.role === 'admin' || member.role === 'manager';
  return (
    <>
      <PageHeader
        title={t('incentives.awards.title')}
        description={t('incentives.awards.subtitle')}
        actions={
          gives ? (
            <Button leftSection={<IconAward size={16} />} onClick={() => setGiving(true)} data-testid="award-give">
              {t('incentives.awards.give')}
            </Button>
          ) : null
        }
      />
      <Modal opened={giving} onClose={() => setGiving(false)} title={t('incentives.awards.give')}>
        {giving ? <AwardForm onDone={() => setGiving(false)} /> : null}
      </Modal>
      {awards.isError ? (
        <QueryLoadError query={awards} />
      ) : !awards.data ? (
        <RowsSkeleton rows={4} height={80} />
      ) : awards.data.length === 0 ? (
        <EmptyCard
          icon={<IconAward size={28} />}
          title={t('incentives.awards.emptyTitle')}
          description={t('incentives.awards.emptyBody')}
        />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} data-testid="awards">
          {awards.data.map((award) => (
            <Card key={award.id} p="md">
              <Stack gap={6}>
                <Group gap="xs">
                  <IconAward size={20} color="var(--mantine-color-violet-6)" />
                  <Text fw={700}>{award.name}</Text>
                </Group>
                <Text fw={600}>{award.repName}</Text>
                <Badge variant="light" color="violet" w="fit-content">
                  {formatDay(award.periodStart)} – {formatDay(award.periodEnd)}
                </Badge>
                <Text size="sm">{award.citation}</Text>
                {award.givenByName ? (
                  <Text size="xs" c="dimmed">
                    {t('incentives.awards.givenBy', { name: award.givenByName })}
                  </Text>
                ) : null}
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </>
  );
};
