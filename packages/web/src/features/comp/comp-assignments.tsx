import { Badge, Button, Modal, Table, Text } from '@mantine/core';
import type { CompPlanAssignment, CompPlanDetail } from '@pacer/core';
import { IconCalendarOff, IconInfinity, IconTrash, IconUserPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/feedback';
import { RowActionsMenu } from '../../components/row-actions-menu';
import { formatDay } from '../../lib/format';
import { notifyError, notifySuccess } from '../../lib/notify';
import { SectionCard } from '../records/record-details';
import { compApi } from './comp-api';
import { AssignForm, EndAssignmentForm } from './comp-assign-form';

/** Whom an assignment pays: a rep or a team by name, or everyone of a role. */
export const assigneeOf = (assignment: CompPlanAssignment, t: TFunction): { name: string; kind: string } => {
  if (assignment.repId) return { name: assignment.repName ?? '—', kind: t('comp.assign.targets.rep') };
  if (assignment.teamId) return { name: assignment.teamName ?? '—', kind: t('comp.assign.targets.team') };
  return {
    name: t('comp.assign.everyone', { role: t(`roles.${assignment.role ?? 'rep'}`) }),
    kind: t('comp.assign.targets.role'),
  };
};

type Pending = { kind: 'end' | 'remove'; assignment: CompPlanAssignment } | null;

/** The plan's assignments by first day, with adding, ending, reopening and removing. */
export const CompAssignments = ({ plan }: { plan: CompPlanDetail }) => {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const [pending, setPending] = useState<Pending>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['comp-plans'] });
  const reopen = useMutation({
    mutationFn: (assignment: CompPlanAssignment) => compApi.updateAssignment(plan.id, assignment.id, { endsOn: null }),
    onSuccess: async () => {
      notifySuccess(t('comp.assign.reopened'));
      await refresh();
    },
    onError: (error) => notifyError(error),
  });
  const remove = useMutation({
    mutationFn: (assignment: CompPlanAssignment) => compApi.removeAssignment(plan.id, assignment.id),
    onSuccess: async () => {
      notifySuccess(t('comp.assign.removed'));
      setPending(null);
      await refresh();
    },
    onError: (error) => notifyError(error),
  });
  const canAssign = !plan.archivedAt;

  return (
    <SectionCard
      title={t('comp.assign.title')}
      testId="comp-assignments"
      action={
        canAssign ? (
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconUserPlus size={16} />}
            onClick={() => setAdding(true)}
            data-testid="comp-assign"
          >
            {t('comp.assign.add')}
          </Button>
        ) : null
      }
    >
      {plan.assignments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('comp.assign.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('comp.assign.who')}</Table.Th>
                <Table.Th>{t('comp.assign.from')}</Table.Th>
                <Table.Th>{t('comp.assign.to')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plan.assignments.map((assignment) => {
                const who = assigneeOf(assignment, t);
                return (
                  <Table.Tr key={assignment.id} data-testid="comp-assignment-row">
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {who.name}
                      </Text>
                      <Badge size="xs" variant="outline" color="gray">
                        {who.kind}
                      </Badge>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDay(assignment.startsOn)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {assignment.endsOn ? formatDay(assignment.endsOn) : t('comp.assign.openEnded')}
                    </Table.Td>
                    <Table.Td ta="right">
                      <RowActionsMenu
                        label={t('labels.actionsFor', { name: who.name })}
                        actions={[
                          {
                            label: t('comp.assign.end'),
                            icon: <IconCalendarOff size={16} />,
                            onClick: () => setPending({ kind: 'end', assignment }),
                          },
                          assignment.endsOn !== null && {
                            label: t('comp.assign.reopen'),
                            icon: <IconInfinity size={16} />,
                            onClick: () => reopen.mutate(assignment),
                          },
                          {
                            label: t('actions.remove'),
                            icon: <IconTrash size={16} />,
                            danger: true,
                            dividerBefore: true,
                            onClick: () => setPending({ kind: 'remove', assignment }),
                          },
                        ]}
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal opened={adding} onClose={() => setAdding(false)} title={t('comp.assign.formTitle', { name: plan.name })}>
        {adding ? <AssignForm plan={plan} onDone={() => setAdding(false)} /> : null}
      </Modal>
      <Modal
        opened={pending?.kind === 'end'}
        onClose={() => setPending(null)}
        title={t('comp.assign.endTitle', { name: pending ? assigneeOf(pending.assignment, t).name : '' })}
      >
        {pending?.kind === 'end' ? (
          <EndAssignmentForm plan={plan} assignment={pending.assignment} onDone={() => setPending(null)} />
        ) : null}
      </Modal>
      <ConfirmModal
        opened={pending?.kind === 'remove'}
        title={t('comp.assign.removeTitle')}
        message={t('comp.assign.removeBody', { name: pending ? assigneeOf(pending.assignment, t).name : '' })}
        confirmLabel={t('actions.remove')}
        cancelLabel={t('actions.cancel')}
        loading={remove.isPending}
        onConfirm={() => pending && remove.mutate(pending.assignment)}
        onClose={() => setPending(null)}
      />
    </SectionCard>
  );
};
