import { Grid, Group, NumberInput, Radio, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

// biome-ignore lint/suspicious/noExplicitAny: the section only touches leadFollowUpHours and salesModel
type SettingsForm = UseFormReturnType<any, any>;

/** The org settings of the CRM: the lead follow-up deadline and the sales model. */
export const SalesSettingsSection = ({ form }: { form: SettingsForm }) => {
  const { t } = useTranslation();
  return (
    <Grid gap={{ base: 'sm', md: 'xl' }} py="lg" data-testid="sales-settings">
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Text fw={700}>{t('records.settings.sales')}</Text>
        <Text size="sm" c="dimmed">
          {t('records.settings.salesHint')}
        </Text>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack gap="md">
          <NumberInput
            label={t('records.settings.followUpHours')}
            description={t('records.settings.followUpHoursHint')}
            min={1}
            max={720}
            allowDecimal={false}
            rightSection={
              <Text size="xs" c="dimmed" pr="md">
                {t('records.settings.hours')}
              </Text>
            }
            rightSectionWidth={72}
            styles={{ wrapper: { maxWidth: 220 } }}
            {...form.getInputProps('leadFollowUpHours')}
          />
          <Radio.Group label={t('records.settings.salesModel')} {...form.getInputProps('salesModel')}>
            <Stack gap="xs" mt="xs">
              {(['island', 'assembly_line'] as const).map((model) => (
                <Radio.Card key={model} value={model} p="sm" radius="md" data-testid={`sales-model-${model}`}>
                  <Group wrap="nowrap" align="flex-start" gap="sm">
                    <Radio.Indicator mt={2} />
                    <div>
                      <Text fw={600} size="sm">
                        {t(model === 'island' ? 'records.settings.island' : 'records.settings.assemblyLine')}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t(model === 'island' ? 'records.settings.islandHint' : 'records.settings.assemblyLineHint')}
                      </Text>
                    </div>
                  </Group>
                </Radio.Card>
              ))}
            </Stack>
          </Radio.Group>
        </Stack>
      </Grid.Col>
    </Grid>
  );
};
