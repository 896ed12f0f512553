import { Button, Card, Checkbox, Group, Menu, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  addCompPlanVersionSchema,
  type CompPlanDetail,
  compComponentKinds,
  createCompPlanSchema,
  localDateOf,
} from '@pacer/core';
import { IconArrowLeft, IconDeviceFloppy, IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/anchor-link';
import { QueryLoadError, RowsSkeleton } from '../../components/feedback';
import { PageHeader } from '../../components/page-header';
import { notifySuccess } from '../../lib/notify';
import { showFormError } from '../../lib/use-schema-form';
import { useSession } from '../auth/session';
import { compApi, compPlanQuery } from './comp-api';
import {
  createInputOf,
  newComponent,
  type PlanForm,
  type PlanValues,
  singleKinds,
  validateNewPlan,
  validateNewVersion,
  versionInputOf,
} from './comp-builder-values';
import { ComponentEditor } from './comp-component-fields';
import { termsOf } from './comp-format';
import { valuesOfTerms } from './comp-version-values';

const versionRoute = getRouteApi('/app/comp-plans/$planId/versions/new');

/** "Add a component": every kind, the once-per-plan kinds only while the plan has none. */
const AddComponentMenu = ({ form, today }: { form: PlanForm; today: string }) => {
  const { t } = useTranslation();
  const components = form.values.terms.components;
  return (
    <Menu position="bottom-start" shadow="md">
      <Menu.Target>
        <Button variant="light" leftSection={<IconPlus size={16} />} data-testid="comp-add-component">
          {t('comp.builder.addComponent')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {compComponentKinds.map((kind) => (
          <Menu.Item
            key={kind}
            disabled={singleKinds.includes(kind) && components.some((component) => component.kind === kind)}
            onClick={() => form.insertListItem('terms.components', newComponent(kind, components, today))}
          >
            {t(`comp.terms.kinds.${kind}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
};

interface BuilderProps {
  /** Null for a new plan; the plan a new version is added to otherwise. */
  plan: CompPlanDetail | null;
}

/** The plan builder: the plan's name and currency (new plans), the day it applies from, and its components. */
const PlanBuilder = ({ plan }: BuilderProps) => {
  const { t } = useTranslation();
  const { org } = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const today = localDateOf(new Date(), org.timeZone);
  // A new version starts from the terms added last (an upcoming version's, if there is one).
  const latest = plan?.versions.at(-1);
  const currency = plan?.currency ?? org.currency;
  const form = useForm<PlanValues>({
    mode: 'controlled',
    initialValues: {
      name: plan?.name ?? '',
      currency,
      effectiveFrom: plan && latest && latest.effectiveFrom > today ? latest.effectiveFrom : today,
      note: '',
      terms: latest
        ? valuesOfTerms(termsOf(latest.terms), today)
        : { baseSalary: '', payOnlyWhenInvoicePaid: false, components: [newComponent('commission', [], today)] },
    },
    validate: (values) => (plan ? validateNewVersion(values, plan.currency, t) : validateNewPlan(values, t)),
  });
  const save = useMutation({
    mutationFn: (values: PlanValues) =>
      // Validated already: parsing gives the contract's output (trimmed, upper-cased) to send.
      plan
        ? compApi.addVersion(plan.id, addCompPlanVersionSchema.parse(versionInputOf(values)))
        : compApi.create(createCompPlanSchema.parse(createInputOf(values))),
    onSuccess: async (saved) => {
      notifySuccess(t(plan ? 'comp.builder.versionAdded' : 'comp.builder.created', { name: saved.name }));
      await queryClient.invalidateQueries({ queryKey: ['comp-plans'] });
      await navigate({ to: '/comp-plans/$planId', params: { planId: saved.id } });
    },
    onError: (error) => showFormError(form, error),
  });
  const shownCurrency = plan ? plan.currency : form.values.currency.toUpperCase();

  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate data-testid="comp-plan-form">
      <Stack gap="lg">
        <Card p="md">
          <Stack gap="sm">
            {plan ? null : (
              <SimpleGrid cols={{ base: 1, xs: 2 }}>
                <TextInput label={t('comp.list.name')} required data-autofocus {...form.getInputProps('name')} />
                <TextInput label={t('comp.list.currency')} required maxLength={3} {...form.getInputProps('currency')} />
              </SimpleGrid>
            )}
            <SimpleGrid cols={{ base: 1, xs: 2 }}>
              <TextInput
                type="date"
                label={t('comp.builder.effectiveFrom')}
                description={plan ? t('comp.builder.effectiveFromVersionHint') : t('comp.builder.effectiveFromHint')}
                required
                {...form.getInputProps('effectiveFrom')}
              />
              <TextInput
                label={t('comp.builder.baseSalary')}
                description={t('comp.builder.baseSalaryHint')}
                inputMode="decimal"
                rightSection={shownCurrency}
                rightSectionWidth={48}
                {...form.getInputProps('terms.baseSalary')}
              />
            </SimpleGrid>
            <Checkbox
              label={t('comp.builder.invoicePaid')}
              {...form.getInputProps('terms.payOnlyWhenInvoicePaid', { type: 'checkbox' })}
            />
            <Textarea
              label={t('comp.builder.note')}
              placeholder={t('comp.builder.notePlaceholder')}
              autosize
              minRows={2}
              {...form.getInputProps('note')}
            />
          </Stack>
        </Card>
        {form.values.terms.components.map((component, index) => (
          <ComponentEditor
            key={component.key}
            form={form}
            index={index}
            component={component}
            currency={shownCurrency}
          />
        ))}
        {form.errors['terms.components'] ? (
          <Text size="sm" c="red">
            {form.errors['terms.components']}
          </Text>
        ) : null}
        <Group justify="space-between" wrap="wrap">
          <AddComponentMenu form={form} today={today} />
          <Button
            type="submit"
            loading={save.isPending}
            leftSection={<IconDeviceFloppy size={18} />}
            data-testid="comp-plan-save"
          >
            {plan ? t('comp.builder.saveVersion') : t('comp.builder.savePlan')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};

const Back = ({ planId }: { planId?: string }) => {
  const { t } = useTranslation();
  const label = (
    <Group gap={4} wrap="nowrap">
      <IconArrowLeft size={16} />
      {t(planId ? 'comp.builder.backToPlan' : 'comp.plan.back')}
    </Group>
  );
  return planId ? (
    <AnchorLink to="/comp-plans/$planId" params={{ planId }} size="sm" mb="sm" display="block">
      {label}
    </AnchorLink>
  ) : (
    <AnchorLink to="/comp-plans" size="sm" mb="sm" display="block">
      {label}
    </AnchorLink>
  );
};

/** Build a new comp plan: version 1 of its terms from a day on. */
export const CompPlanBuilderPage = () => {
  const { t } = useTranslation();
  return (
    <>
      <Back />
      <PageHeader title={t('comp.builder.newTitle')} description={t('comp.builder.newSubtitle')} />
      <PlanBuilder plan={null} />
    </>
  );
};

/** A new version of a plan's terms from a day on, starting from the latest version's. */
export const CompVersionBuilderPage = () => {
  const { t } = useTranslation();
  const { planId } = versionRoute.useParams();
  const plan = useQuery(compPlanQuery(planId));
  return (
    <>
      <Back planId={planId} />
      <PageHeader
        title={
          plan.data ? t('comp.builder.versionTitle', { name: plan.data.name }) : t('comp.builder.versionTitleBare')
        }
        description={t('comp.builder.versionSubtitle')}
      />
      {plan.isError ? (
        <QueryLoadError query={plan} />
      ) : plan.data ? (
        <PlanBuilder plan={plan.data} />
      ) : (
        <RowsSkeleton rows={4} />
      )}
    </>
  );
};
