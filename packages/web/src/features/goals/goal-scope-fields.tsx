import { Select, Switch } from '@mantine/core';
import { type GoalScopeKind, goalScopeKinds } from '@pacer/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { treeOptions } from '../../components/tree-list';
import { MemberPicker } from '../people/member-picker';
import { useProductLineOptions } from '../products/products-api';
import { regionsQuery } from '../regions/regions-api';
import { TeamSelect } from '../teams/team-select';
import { AccountMultiSelect } from './account-multi-select';
import { type GoalForm, scopesWithProductLine } from './goal-form-values';

/** The region, team, rep, product line or accounts of the chosen scope; the whole company needs none. */
const ScopePicker = ({ form }: { form: GoalForm }) => {
  const { t } = useTranslation();
  const { scopeKind } = form.values;
  const regions = useQuery({ ...regionsQuery, enabled: scopeKind === 'region' });
  const productLines = useProductLineOptions();
  const idInput = form.getInputProps('scopeId');
  switch (scopeKind) {
    case 'region':
      return (
        <Select
          label={t('goals.form.region')}
          data={treeOptions(regions.data ?? [])}
          searchable
          required
          {...idInput}
        />
      );
    case 'team':
      return <TeamSelect label={t('goals.form.team')} searchable required {...idInput} />;
    case 'rep':
      return (
        <MemberPicker
          label={t('goals.form.rep')}
          required
          value={form.values.scopeId}
          selectedName={form.values.scopeName}
          onChange={(id, name) => {
            form.setFieldValue('scopeId', id);
            form.setFieldValue('scopeName', name);
          }}
          error={form.errors.scopeId}
        />
      );
    case 'product_line':
      return <Select label={t('goals.form.productLine')} data={productLines} searchable required {...idInput} />;
    case 'account_set':
      return (
        <AccountMultiSelect
          label={t('goals.form.accounts')}
          placeholder={t('goals.form.accountsPlaceholder')}
          required
          value={form.values.accountIds}
          onChange={(ids) => form.setFieldValue('accountIds', ids)}
          error={form.errors.accountIds}
          data-testid="goal-accounts"
        />
      );
    default:
      return null;
  }
};

/** Scope of a goal: what it measures over, maybe narrowed to a product line, or a checklist of accounts. */
export const GoalScopeFields = ({ form }: { form: GoalForm }) => {
  const { t } = useTranslation();
  const productLines = useProductLineOptions();
  const { scopeKind } = form.values;
  const changeScope = (next: GoalScopeKind) => {
    form.setValues({ scopeKind: next, scopeId: null, scopeName: null, accountIds: [], productLineId: null });
    if (next !== 'account_set') form.setFieldValue('checklist', false);
  };
  return (
    <>
      <Select
        label={t('goals.form.scope')}
        data={goalScopeKinds.map((kind) => ({ value: kind, label: t(`goals.scopeKinds.${kind}`) }))}
        value={scopeKind}
        onChange={(value) => value && changeScope(value as GoalScopeKind)}
        allowDeselect={false}
        data-testid="goal-scope-kind"
      />
      <ScopePicker key={scopeKind} form={form} />
      {scopesWithProductLine.includes(scopeKind) ? (
        <Select
          label={t('goals.form.onlyProductLine')}
          placeholder={t('goals.form.allProductLines')}
          data={productLines}
          clearable
          {...form.getInputProps('productLineId')}
        />
      ) : null}
      {scopeKind === 'account_set' ? (
        <Switch
          label={t('goals.form.checklist')}
          {...form.getInputProps('checklist', { type: 'checkbox' })}
          data-testid="goal-checklist"
        />
      ) : null}
    </>
  );
};
