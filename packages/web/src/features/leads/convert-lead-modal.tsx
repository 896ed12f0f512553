import { Alert, Button, Modal, SegmentedControl, Stack, Switch, Text, TextInput } from '@mantine/core';
import { convertLeadSchema, type Lead } from '@pacer/core';
import { IconInfoCircle, IconTransform } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DayInput } from '../../components/date-inputs';
import { DialogButtons } from '../../components/feedback';
import { CurrencySelect } from '../../components/regional-selects';
import { api } from '../../lib/api-client';
import { notifySuccess } from '../../lib/notify';
import { showFormError, useSchemaForm } from '../../lib/use-schema-form';
import { useSession } from '../auth/session';
import { PipelineStageInputs } from '../pipelines/pipeline-stage-inputs';
import { defaultPipeline, pipelinesQuery } from '../pipelines/pipelines-api';
import { refreshRecords } from '../records/record-api';
import { FieldPair, SectionDivider } from '../records/record-form';
import { RecordPicker } from '../records/record-picker';

interface ConvertValues extends Record<string, unknown> {
  accountMode: 'new' | 'existing';
  accountId: string | null;
  accountName: string;
  domain: string;
  industry: string;
  contactMode: 'new' | 'existing';
  contactId: string | null;
  withDeal: boolean;
  dealName: string;
  pipelineId: string | null;
  stageId: string | null;
  amount: string;
  currency: string | null;
  expectedCloseDate: string | null;
}

interface Converted {
  lead: Lead;
  accountId: string;
  contactId: string;
  dealId: string | null;
}

const ConvertForm = ({ lead, onDone }: { lead: Lead; onDone: () => void }) => {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const pipelines = useQuery(pipelinesQuery);
  const form = useSchemaForm({
    schema: convertLeadSchema,
    initialValues: {
      accountMode: 'new',
      accountId: null,
      accountName: lead.company ?? lead.name,
      domain: lead.email?.split('@')[1] ?? '',
      industry: '',
      contactMode: 'new',
      contactId: null,
      withDeal: true,
      dealName: lead.company ?? lead.name,
      pipelineId: null,
      stageId: null,
      amount: '',
      currency: session.org.currency,
      expectedCloseDate: null,
    } as ConvertValues,
    toInput: (values) => ({
      account:
        values.accountMode === 'existing'
          ? { id: values.accountId ?? '' }
          : { name: values.accountName, domain: values.domain, industry: values.industry },
      contactId: values.contactMode === 'existing' ? (values.contactId ?? '') : undefined,
      deal: values.withDeal
        ? {
            name: values.dealName,
            pipelineId: values.pipelineId ?? defaultPipeline(pipelines.data ?? [])?.id,
            stageId: values.stageId ?? undefined,
            amount: values.amount.trim() || '0',
            currency: values.currency ?? undefined,
            expectedCloseDate: values.expectedCloseDate,
          }
        : null,
    }),
  });
  const convert = useMutation({
    mutationFn: (input: unknown) => api.post<Converted>(`/leads/${lead.id}/convert`, input),
    onSuccess: async (converted) => {
      notifySuccess(t('leads.convert.done', { name: lead.name }));
      await refreshRecords(queryClient, 'leads', 'accounts', 'contacts', 'deals');
      onDone();
      if (converted.dealId) void navigate({ to: '/deals/$dealId', params: { dealId: converted.dealId } });
      else void navigate({ to: '/accounts/$accountId', params: { accountId: converted.accountId } });
    },
    // Errors of the nested writes come back as account.name, deal.stageId …: the form's own paths.
    onError: (error) => showFormError(form, error),
  });
  const values = form.values;
  const errorAt = (path: string) => form.errors[path];

  return (
    <form onSubmit={form.onSubmit((input) => convert.mutate(input))} noValidate>
      <Stack gap="md">
        <Alert variant="light" icon={<IconInfoCircle size={18} />} py="xs">
          <Text size="sm">{t('leads.convert.intro')}</Text>
        </Alert>

        <SectionDivider title={t('records.fields.account')} />
        <SegmentedControl
          fullWidth
          value={values.accountMode}
          onChange={(mode) => form.setFieldValue('accountMode', mode as ConvertValues['accountMode'])}
          data={[
            { value: 'new', label: t('accounts.new') },
            { value: 'existing', label: t('leads.convert.existingAccount') },
          ]}
        />
        {values.accountMode === 'new' ? (
          <>
            <TextInput
              label={t('leads.convert.accountName')}
              required
              {...form.getInputProps('accountName')}
              error={errorAt('account.name')}
            />
            <FieldPair>
              <TextInput
                label={t('accounts.fields.domain')}
                {...form.getInputProps('domain')}
                error={errorAt('account.domain')}
              />
              <TextInput
                label={t('accounts.fields.industry')}
                {...form.getInputProps('industry')}
                error={errorAt('account.industry')}
              />
            </FieldPair>
          </>
        ) : (
          <RecordPicker
            type="accounts"
            label={t('records.fields.account')}
            required
            value={values.accountId}
            onChange={(id) => form.setFieldValue('accountId', id)}
            error={errorAt('account.id') ?? errorAt('account')}
          />
        )}

        <SectionDivider title={t('records.fields.contact')} />
        <SegmentedControl
          fullWidth
          value={values.contactMode}
          onChange={(mode) => form.setFieldValue('contactMode', mode as ConvertValues['contactMode'])}
          data={[
            { value: 'new', label: t('leads.convert.newContact') },
            { value: 'existing', label: t('leads.convert.existingContact') },
          ]}
        />
        {values.contactMode === 'existing' ? (
          <RecordPicker
            type="contacts"
            label={t('records.fields.contact')}
            required
            value={values.contactId}
            filters={
              values.accountMode === 'existing' && values.accountId ? { accountId: values.accountId } : undefined
            }
            onChange={(id) => form.setFieldValue('contactId', id)}
            error={errorAt('contactId')}
          />
        ) : null}

        <SectionDivider title={t('records.fields.deal')} />
        <Switch label={t('leads.convert.withDeal')} {...form.getInputProps('withDeal', { type: 'checkbox' })} />
        {values.withDeal ? (
          <>
            <TextInput
              label={t('leads.convert.dealName')}
              {...form.getInputProps('dealName')}
              error={errorAt('deal.name')}
            />
            <PipelineStageInputs
              form={form}
              openStagesOnly
              errors={{ pipelineId: errorAt('deal.pipelineId'), stageId: errorAt('deal.stageId') }}
            />
            <FieldPair>
              <TextInput
                label={t('records.fields.amount')}
                inputMode="decimal"
                placeholder="0.00"
                {...form.getInputProps('amount')}
                error={errorAt('deal.amount')}
              />
              <CurrencySelect
                label={t('records.fields.currency')}
                allowDeselect={false}
                {...form.getInputProps('currency')}
              />
            </FieldPair>
            <DayInput label={t('deals.fields.expectedCloseDate')} {...form.getInputProps('expectedCloseDate')} />
          </>
        ) : null}
        <DialogButtons mt="sm" cancelLabel={t('actions.cancel')} onCancel={onDone}>
          <Button
            type="submit"
            loading={convert.isPending}
            leftSection={<IconTransform size={18} />}
            data-testid="convert-submit"
          >
            {t('leads.convert.submit')}
          </Button>
        </DialogButtons>
      </Stack>
    </form>
  );
};

/** Turn a lead into an account, a contact and maybe a deal; then open the deal. */
export const ConvertLeadModal = ({ lead, onClose }: { lead: Lead | null; onClose: () => void }) => {
  const { t } = useTranslation();
  return (
    <Modal
      opened={lead !== null}
      onClose={onClose}
      title={t('leads.convert.title', { name: lead?.name ?? '' })}
      size="lg"
    >
      {lead ? <ConvertForm key={lead.id} lead={lead} onDone={onClose} /> : null}
    </Modal>
  );
};
