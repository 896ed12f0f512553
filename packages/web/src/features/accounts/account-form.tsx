import { NumberInput, Select, Switch, TextInput } from '@mantine/core';
import { type Account, type CustomValues, createAccountSchema } from '@pacer/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { treeOptions } from '../../components/tree-list';
import { useSchemaForm } from '../../lib/use-schema-form';
import { useSession } from '../auth/session';
import { CustomFieldInputs } from '../custom-fields/custom-field-inputs';
import {
  AddressInputs,
  FieldPair,
  FormSection,
  OwnerInput,
  ownerAndCustomInput,
  RecordFormLayout,
  useRecordSave,
} from '../records/record-form';
import { RecordPicker } from '../records/record-picker';
import { regionsQuery } from '../regions/regions-api';

interface AccountValues extends Record<string, unknown> {
  name: string;
  domain: string;
  industry: string;
  employees: number | string;
  annualRevenue: string;
  address: { street: string; postalCode: string; city: string; region: string; country: string };
  regionId: string | null;
  parentAccountId: string | null;
  isKeyAccount: boolean;
  ownerId: string | null;
  custom: CustomValues;
}

const valuesOf = (account: Account | null): AccountValues => ({
  name: account?.name ?? '',
  domain: account?.domain ?? '',
  industry: account?.industry ?? '',
  employees: account?.employees ?? '',
  annualRevenue: account?.annualRevenue ?? '',
  address: {
    street: account?.address.street ?? '',
    postalCode: account?.address.postalCode ?? '',
    city: account?.address.city ?? '',
    region: account?.address.region ?? '',
    country: account?.address.country ?? '',
  },
  regionId: account?.regionId ?? null,
  parentAccountId: account?.parentAccountId ?? null,
  isKeyAccount: account?.isKeyAccount ?? false,
  ownerId: account?.ownerId ?? null,
  custom: account?.custom ?? {},
});

/** Create an account or change one; the same contract validates here and on the server. */
export const AccountForm = ({
  account,
  onDone,
  onCancel,
}: {
  account: Account | null;
  onDone: (saved: Account) => void;
  onCancel: () => void;
}) => {
  const { t } = useTranslation();
  const session = useSession();
  const regions = useQuery(regionsQuery);
  const form = useSchemaForm({
    schema: createAccountSchema,
    initialValues: valuesOf(account),
    toInput: (values) => ({
      name: values.name,
      domain: values.domain,
      industry: values.industry,
      employees: values.employees === '' ? null : Number(values.employees),
      annualRevenue: values.annualRevenue.trim() === '' ? null : values.annualRevenue.trim(),
      address: values.address,
      regionId: values.regionId,
      parentAccountId: values.parentAccountId,
      isKeyAccount: values.isKeyAccount,
      ...ownerAndCustomInput(values),
    }),
  });
  const save = useRecordSave<Account>({
    type: 'accounts',
    id: account?.id,
    form,
    savedMessage: (saved) => t(account ? 'accounts.form.saved' : 'accounts.form.created', { name: saved.name }),
    onSaved: onDone,
  });

  return (
    <RecordFormLayout
      onSubmit={form.onSubmit((values) => save.mutate(values))}
      onCancel={onCancel}
      submitLabel={t(account ? 'actions.saveChanges' : 'accounts.form.create')}
      loading={save.isPending}
    >
      <FormSection>
        <TextInput
          label={t('records.fields.name')}
          placeholder={t('accounts.fields.namePlaceholder')}
          required
          data-autofocus
          {...form.getInputProps('name')}
        />
        <FieldPair>
          <TextInput
            label={t('accounts.fields.domain')}
            placeholder={t('accounts.fields.domainPlaceholder')}
            {...form.getInputProps('domain')}
          />
          <TextInput label={t('accounts.fields.industry')} {...form.getInputProps('industry')} />
        </FieldPair>
        <FieldPair>
          <NumberInput
            label={t('accounts.fields.employees')}
            min={0}
            allowDecimal={false}
            thousandSeparator={session.locale === 'de' ? '.' : ','}
            decimalSeparator={session.locale === 'de' ? ',' : '.'}
            {...form.getInputProps('employees')}
          />
          <TextInput
            label={t('accounts.fields.annualRevenue')}
            rightSection={session.org.currency}
            rightSectionWidth={48}
            inputMode="decimal"
            placeholder="0.00"
            {...form.getInputProps('annualRevenue')}
          />
        </FieldPair>
        <FieldPair>
          <Select
            label={t('accounts.fields.region')}
            placeholder={t('labels.none')}
            data={treeOptions(regions.data ?? [])}
            searchable
            clearable
            {...form.getInputProps('regionId')}
          />
          <RecordPicker
            type="accounts"
            label={t('accounts.fields.parent')}
            placeholder={t('accounts.fields.parentPlaceholder')}
            value={form.values.parentAccountId}
            selectedName={account?.parentAccountName}
            onChange={(id) => form.setFieldValue('parentAccountId', id)}
            error={form.errors.parentAccountId}
          />
        </FieldPair>
        <Switch
          label={t('accounts.fields.keyAccount')}
          description={t('accounts.fields.keyAccountHint')}
          {...form.getInputProps('isKeyAccount', { type: 'checkbox' })}
        />
        <OwnerInput form={form} ownerName={account?.ownerName} />
      </FormSection>
      <FormSection title={t('records.form.address')}>
        <AddressInputs form={form} />
      </FormSection>
      <CustomFieldInputs recordType="accounts" form={form} />
    </RecordFormLayout>
  );
};
