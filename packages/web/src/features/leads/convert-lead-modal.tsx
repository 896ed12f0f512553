import { Alert, Button, Modal, SegmentedControl, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
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
  const pipelineId = values.pipelineId ?? defaultPipeline(pipelines.data ?? [])?.id ?? null;
  const pipeline = pipelines.data?.find((candidate) => candidate.id === pipelineId);
  const errorAt = (path: string) => form.errors[path];

  return (
    <form onSubmit={form.onSubmit((input) => convert.mutate(input))} noValidate>
      <Stack gap="md">
        <Alert variant="light" icon={<IconInfoCircle size={18} />} py="xs">
          <Text size="sm">{t('leads.convert.intro')}</Text>
        </Alert>

        <SectionDivider title={t('leads.convert.account')} />
        <SegmentedControl
          fullWidth
          value={values.accountMode}
          onChange={(mode) => form.setFieldValue('accountMode', mode as ConvertValues['accountMode'])}
          data={[
            { value: 'new', label: t('leads.convert.newAccount') },
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
                label={t('leads.convert.domain')}
                {...form.getInputProps('domain')}
                error={errorAt('account.domain')}
              />
              <TextInput
                label={t('leads.convert.industry')}
                {...form.getInputProps('industry')}
                error={errorAt('account.industry')}
              />
            </FieldPair>
          </>
        ) : (
          <RecordPicker
            type="accounts"
            label={t('leads.convert.pickAccount')}
            required
            value={values.accountId}
            onChange={(id) => form.setFieldValue('accountId', id)}
            error={errorAt('account.id') ?? errorAt('account')}
          />
        )}

        <SectionDivider title={t('leads.convert.contact')} />
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
            label={t('leads.convert.pickContact')}
            required
            value={values.contactId}
            filters={
              values.accountMode === 'existing' && values.accountId ? { accountId: values.accountId } : undefined
            }
            onChange={(id) => form.setFieldValue('contactId', id)}
            error={errorAt('contactId')}
          />
        ) : null}

        <SectionDivider title={t('leads.convert.deal')} />
        <Switch label={t('leads.convert.withDeal')} {...form.getInputProps('withDeal', { type: 'checkbox' })} />
        {values.withDeal ? (
          <>
            <TextInput
              label={t('leads.convert.dealName')}
              {...form.getInputProps('dealName')}
              error={errorAt('deal.name')}
            />
            <FieldPair>
              <Select
                label={t('leads.convert.pipeline')}
                data={(pipelines.data ?? []).map((candidate) => ({ value: candidate.id, label: candidate.name }))}
                value={pipelineId}
                onChange={(id) => {
                  form.setFieldValue('pipelineId', id);
                  form.setFieldValue('stageId', null);
                }}
                allowDeselect={false}
                error={errorAt('deal.pipelineId')}
              />
              <Select
                label={t('leads.convert.stage')}
                data={(pipeline?.stages ?? [])
                  .filter((stage) => stage.kind === 'open')
                  .map((stage) => ({ value: stage.id, label: `${stage.name} · ${stage.probability} %` }))}
                placeholder={pipeline?.stages[0]?.name}
                {...form.getInputProps('stageId')}
                error={errorAt('deal.stageId')}
              />
            </FieldPair>
            <FieldPair>
              <TextInput
                label={t('leads.convert.amount')}
                inputMode="decimal"
                placeholder="0.00"
                {...form.getInputProps('amount')}
                error={errorAt('deal.amount')}
              />
              <CurrencySelect
                label={t('leads.convert.currency')}
                allowDeselect={false}
                {...form.getInputProps('currency')}
              />
            </FieldPair>
            <DayInput label={t('leads.convert.expectedCloseDate')} {...form.getInputProps('expectedCloseDate')} />
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
