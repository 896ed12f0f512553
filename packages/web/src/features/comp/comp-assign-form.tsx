import { Input, SegmentedControl, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  type AssignCompPlanInput,
  assignCompPlanSchema,
  type CompPlanAssignment,
  type CompPlanDetail,
  compAssigneeRoles,
  localDateOf,
  type UpdateCompAssignmentInput,
  updateCompAssignmentSchema,
} from '@pacer/core';
import { IconCalendarOff, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/form-modal';
import { useSaveMutation } from '../../lib/use-schema-form';
import { useSession } from '../auth/session';
import { MemberPicker } from '../people/member-picker';
import { TeamSelect } from '../teams/team-select';
import { compApi } from './comp-api';
import { compIssuesToErrors } from './comp-issues';

const targets = ['rep', 'team', 'role'] as const;

interface AssignValues extends Record<string, unknown> {
  target: (typeof targets)[number];
  repId: string | null;
  repName: string | null;
  teamId: string | null;
  role: (typeof compAssigneeRoles)[number];
  startsOn: string;
  endsOn: string;
}

/** The API input: only the picked kind of target, and no last day when none is typed. */
const assignInputOf = (values: AssignValues) => ({
  repId: values.target === 'rep' ? (values.repId ?? undefined) : undefined,
  teamId: values.target === 'team' ? (values.teamId ?? undefined) : undefined,
  role: values.target === 'role' ? values.role : undefined,
  startsOn: values.startsOn,
  endsOn: values.endsOn || null,
});

/** Assign the plan to a rep, a team (and its sub-teams' reps) or everyone of a role, for a span of days. */
export const AssignForm = ({ plan, onDone }: { plan: CompPlanDetail; onDone: () => void }) => {
  const { t } = useTranslation();
  const { org } = useSession();
  const form = useForm<AssignValues, AssignCompPlanInput>({
    mode: 'controlled',
    initialValues: {
      target: 'rep',
      repId: null,
      repName: null,
      teamId: null,
      role: 'rep',
      startsOn: localDateOf(new Date(), org.timeZone),
      endsOn: '',
    },
    validate: (values) => {
      const result = assignCompPlanSchema.safeParse(assignInputOf(values));
      if (result.success) return {};
      const errors = compIssuesToErrors(result.error.issues, t);
      // "Pick one" is reported on repId; it belongs to whichever picker is shown.
      const pick = errors.repId;
      if (pick && values.target !== 'rep') return { ...errors, repId: undefined, [`${values.target}Id`]: pick };
      return errors;
    },
    transformValues: (values) => {
      const result = assignCompPlanSchema.safeParse(assignInputOf(values));
      return result.success ? result.data : (assignInputOf(values) as AssignCompPlanInput);
    },
  });
  const save = useSaveMutation({
    form,
    save: (input: AssignCompPlanInput) => compApi.assign(plan.id, input),
    savedMessage: () => t('comp.assign.assigned'),
    refresh: [['comp-plans']],
    onDone,
  });
  const { values } = form;
  return (
    <ModalForm
      onSubmit={form.onSubmit((input) => save.mutate(input))}
      cancelLabel={t('actions.cancel')}
      submitLabel={t('comp.assign.submit')}
      submitIcon={<IconUserPlus size={18} />}
      loading={save.isPending}
      onCancel={onDone}
    >
      <Input.Wrapper label={t('comp.assign.target')}>
        <SegmentedControl
          fullWidth
          aria-label={t('comp.assign.target')}
          data={targets.map((target) => ({ value: target, label: t(`comp.assign.targets.${target}`) }))}
          {...form.getInputProps('target')}
          data-testid="comp-assign-target"
        />
      </Input.Wrapper>
      {values.target === 'rep' ? (
        <MemberPicker
          label={t('comp.assign.targets.rep')}
          required
          value={values.repId}
          selectedName={values.repName}
          onChange={(userId, name) => form.setValues({ repId: userId, repName: name })}
          error={form.errors.repId}
          data-testid="comp-assign-rep"
        />
      ) : values.target === 'team' ? (
        <TeamSelect label={t('comp.assign.targets.team')} required {...form.getInputProps('teamId')} />
      ) : (
        <Select
          label={t('comp.assign.targets.role')}
          data={compAssigneeRoles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          allowDeselect={false}
          {...form.getInputProps('role')}
        />
      )}
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TextInput type="date" label={t('comp.assign.startsOn')} required {...form.getInputProps('startsOn')} />
        <TextInput
          type="date"
          label={t('comp.assign.endsOn')}
          description={t('comp.assign.endsOnHint')}
          {...form.getInputProps('endsOn')}
        />
      </SimpleGrid>
    </ModalForm>
  );
};

interface EndFormProps {
  plan: CompPlanDetail;
  assignment: CompPlanAssignment;
  onDone: () => void;
}

/** End an assignment on a day: the rep moves to another plan from the day after. */
export const EndAssignmentForm = ({ plan, assignment, onDone }: EndFormProps) => {
  const { t } = useTranslation();
  const { org } = useSession();
  const form = useForm<{ endsOn: string }, UpdateCompAssignmentInput>({
    mode: 'controlled',
    initialValues: { endsOn: assignment.endsOn ?? localDateOf(new Date(), org.timeZone) },
    validate: (values) => {
      const result = updateCompAssignmentSchema.safeParse(values);
      if (!result.success) return compIssuesToErrors(result.error.issues, t);
      return values.endsOn < assignment.startsOn ? { endsOn: t('comp.issues.endsBefore') } : {};
    },
    transformValues: (values) => ({ endsOn: values.endsOn }),
  });
  const save = useSaveMutation({
    form,
    save: (input: UpdateCompAssignmentInput) => compApi.updateAssignment(plan.id, assignment.id, input),
    savedMessage: () => t('comp.assign.ended'),
    refresh: [['comp-plans']],
    onDone,
  });
  return (
    <ModalForm
      onSubmit={form.onSubmit((input) => save.mutate(input))}
      cancelLabel={t('actions.cancel')}
      submitLabel={t('comp.assign.endSubmit')}
      submitIcon={<IconCalendarOff size={18} />}
      loading={save.isPending}
      onCancel={onDone}
    >
      <TextInput
        type="date"
        label={t('comp.assign.endsOn')}
        required
        data-autofocus
        {...form.getInputProps('endsOn')}
      />
    </ModalForm>
  );
};
