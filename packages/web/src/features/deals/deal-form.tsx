import { Group, Pill, Stack, Text, TextInput } from '@mantine/core';
import {
  type Contact,
  type CustomValues,
  createDealSchema,
  type DealDetail,
  localDateOf,
  splitsProblem,
  updateDealSchema,
} from '@pacer/core';
import { useTranslation } from 'react-i18next';
import { DayInput } from '../../components/date-inputs';
import { CurrencySelect } from '../../components/regional-selects';
import { useSchemaForm } from '../../lib/use-schema-form';
import { useCan, useSession } from '../auth/session';
import { CustomFieldInputs } from '../custom-fields/custom-field-inputs';
import { PipelineStageInputs } from '../pipelines/pipeline-stage-inputs';
import {
  AccountInput,
  FieldPair,
  FormSection,
  OwnerInput,
  ownerAndCustomInput,
  RecordFormLayout,
  useRecordSave,
} from '../records/record-form';
import { RecordPicker } from '../records/record-picker';
import { LineItemsEditor, type LineValues, linesAmount } from './line-items-editor';
import { SplitsEditor, type SplitValues } from './splits-editor';

interface DealValues extends Record<string, unknown> {
  name: string;
  accountId: string | null;
  pipelineId: string | null;
  stageId: string | null;
  amount: string;
  currency: string | null;
  expectedCloseDate: string | null;
  invoicePaidOn: string | null;
  competitor: string;
  contacts: { id: string; name: string }[];
  lineItems: LineValues[];
  splits: SplitValues[];
  ownerId: string | null;
  custom: CustomValues;
}

const valuesOf = (deal: DealDetail | null, currency: string, defaults: { accountId?: string }): DealValues => ({
  name: deal?.name ?? '',
  accountId: deal?.accountId ?? defaults.accountId ?? null,
  pipelineId: deal?.pipelineId ?? null,
  stageId: deal?.stageId ?? null,
  amount: deal?.amount ?? '',
  currency: deal?.currency ?? currency,
  expectedCloseDate: deal?.expectedCloseDate ?? null,
  invoicePaidOn: deal?.invoicePaidOn ?? null,
  competitor: deal?.competitor ?? '',
  contacts: deal?.contacts.map((contact) => ({ id: contact.contactId, name: contact.name })) ?? [],
  lineItems:
    deal?.lineItems.map((line) => ({
      productId: line.productId,
      productName: line.productName,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      discountPercent: line.discountPercent,
    })) ?? [],
  splits:
    deal?.splits.map((split) => ({
      userId: split.userId,
      userName: split.userName,
      percent: split.percent,
      role: split.role,
    })) ?? [],
  ownerId: deal?.ownerId ?? null,
  custom: deal?.custom ?? {},
});

const inputOf = (values: DealValues, creating: boolean, withInvoice: boolean) => {
  const currency = values.currency ?? '';
  const fromLines = values.lineItems.length > 0 ? linesAmount(values.lineItems, currency) : null;
  return {
    name: values.name,
    accountId: values.accountId,
    ...(creating ? { pipelineId: values.pipelineId ?? undefined, stageId: values.stageId ?? undefined } : {}),
    amount: fromLines ?? (values.amount.trim() || '0'),
    currency,
    expectedCloseDate: values.expectedCloseDate,
    ...(withInvoice ? { invoicePaidOn: values.invoicePaidOn } : {}),
    competitor: values.competitor,
    contactIds: values.contacts.map((contact) => contact.id),
    lineItems: values.lineItems.map((line) => ({
      productId: line.productId,
      productName: line.productId ? undefined : line.productName.trim() || undefined,
      quantity: line.quantity.trim(),
      unitPrice: line.unitPrice.trim() || undefined,
      discountPercent: line.discountPercent.trim() || '0',
    })),
    splits: values.splits
      .filter((split) => split.userId)
      .map((split) => ({ userId: split.userId ?? '', percent: split.percent.trim(), role: split.role })),
    ...ownerAndCustomInput(values),
  };
};

/** Create a deal or change one: money from line items, credit splits, contacts. Stages move elsewhere. */
export const DealForm = ({
  deal,
  defaults = {},
  onDone,
  onCancel,
}: {
  deal: DealDetail | null;
  defaults?: { accountId?: string; accountName?: string };
  onDone: (saved: DealDetail) => void;
  onCancel: () => void;
}) => {
  const { t } = useTranslation();
  const session = useSession();
  const creating = deal === null;
  // Marking the invoice paid releases held commission: admins do it, on won deals only.
  const withInvoice = useCan('comp:write') && deal?.stageKind === 'won';
  const form = useSchemaForm({
    schema: creating ? createDealSchema : updateDealSchema,
    initialValues: valuesOf(deal, session.org.currency, defaults),
    toInput: (values) => inputOf(values, creating, withInvoice),
  });
  const save = useRecordSave<DealDetail>({
    type: 'deals',
    id: deal?.id,
    form,
    alsoRefresh: ['accounts'],
    savedMessage: (saved) => t(deal ? 'deals.form.saved' : 'deals.form.created', { name: saved.name }),
    onSaved: onDone,
  });

  const currency = form.values.currency ?? session.org.currency;
  const hasLines = form.values.lineItems.length > 0;
  const fromLines = hasLines ? linesAmount(form.values.lineItems, currency) : null;
  const contacts = form.values.contacts;

  const submit = form.onSubmit((values) => {
    const splits = form.getValues().splits.filter((split) => split.userId);
    const problem = splits.length
      ? splitsProblem(splits.map((split) => ({ userId: split.userId ?? '', percent: split.percent.trim() })))
      : null;
    if (problem) {
      form.setFieldError('splits', t('deals.splits.mustSum'));
      return;
    }
    save.mutate(values);
  });

  return (
    <RecordFormLayout
      onSubmit={submit}
      onCancel={onCancel}
      submitLabel={t(deal ? 'actions.saveChanges' : 'deals.form.create')}
      loading={save.isPending}
    >
      <FormSection>
        <TextInput
          label={t('records.fields.name')}
          placeholder={t('deals.fields.namePlaceholder')}
          required
          data-autofocus
          {...form.getInputProps('name')}
        />
        <AccountInput form={form} accountName={deal?.accountName ?? defaults.accountName} data-testid="deal-account" />
        {creating ? <PipelineStageInputs form={form} /> : null}
        <FieldPair>
          <DayInput label={t('deals.fields.expectedCloseDate')} {...form.getInputProps('expectedCloseDate')} />
          <TextInput label={t('deals.fields.competitor')} {...form.getInputProps('competitor')} />
        </FieldPair>
        {withInvoice ? (
          <DayInput
            label={t('deals.fields.invoicePaidOn')}
            description={t('deals.fields.invoicePaidOnHint')}
            maxDate={localDateOf(new Date(), session.org.timeZone)}
            {...form.getInputProps('invoicePaidOn')}
            data-testid="deal-invoice-paid-on"
          />
        ) : null}
      </FormSection>

      <FormSection title={t('deals.form.money')}>
        <FieldPair>
          <TextInput
            label={t('records.fields.amount')}
            description={hasLines ? t('deals.fields.amountFromLines') : undefined}
            inputMode="decimal"
            placeholder="0.00"
            disabled={hasLines}
            {...form.getInputProps('amount')}
            value={hasLines ? (fromLines ?? '') : form.values.amount}
            data-testid="deal-amount"
          />
          <CurrencySelect
            label={t('records.fields.currency')}
            allowDeselect={false}
            {...form.getInputProps('currency')}
          />
        </FieldPair>
        <Text size="sm" fw={600}>
          {t('deals.lines.title')}
        </Text>
        <LineItemsEditor form={form} currency={currency} />
      </FormSection>

      <FormSection title={t('deals.form.people')}>
        <Stack gap={6}>
          <RecordPicker<Contact>
            key={contacts.length}
            type="contacts"
            label={t('deals.fields.contacts')}
            placeholder={t('deals.fields.contactsPlaceholder')}
            value={null}
            filters={form.values.accountId ? { accountId: form.values.accountId } : undefined}
            hintOf={(contact) => contact.title}
            onChange={(id, contact) => {
              if (id && !contacts.some((entry) => entry.id === id)) {
                form.setFieldValue('contacts', [...contacts, { id, name: contact?.name ?? '' }]);
              }
            }}
          />
          {contacts.length > 0 ? (
            <Group gap={6}>
              {contacts.map((contact) => (
                <Pill
                  key={contact.id}
                  withRemoveButton
                  onRemove={() =>
                    form.setFieldValue(
                      'contacts',
                      contacts.filter((entry) => entry.id !== contact.id),
                    )
                  }
                >
                  {contact.name}
                </Pill>
              ))}
            </Group>
          ) : null}
        </Stack>
        <Text size="sm" fw={600} mt="xs">
          {t('deals.splits.title')}
        </Text>
        <SplitsEditor form={form} />
        <OwnerInput form={form} ownerName={deal?.ownerName} />
      </FormSection>
      <CustomFieldInputs recordType="deals" form={form} />
    </RecordFormLayout>
  );
};
