import { Badge, type MantineColor } from '@mantine/core';
import { type MemberStatus, memberStatuses, type RepType, type Role, repTypes, roles } from '@pacer/core';
import { IconBuildingStore, IconCar, IconHeadset } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

const roleColors: Record<Role, MantineColor> = { admin: 'grape', manager: 'pacer', rep: 'teal', viewer: 'gray' };
const repTypeColors: Record<RepType, MantineColor> = { inside: 'cyan', field: 'orange', external: 'violet' };
const repTypeIcons = { inside: IconHeadset, field: IconCar, external: IconBuildingStore } as const;

/** What the member may do: admin, manager, rep or viewer. */
export const RoleBadge = ({ role }: { role: Role }) => {
  const { t } = useTranslation();
  return (
    <Badge color={roleColors[role]} variant="light">
      {t(`roles.${role}`)}
    </Badge>
  );
};

/** How a rep sells: inside, field or external; nothing for people who are not reps. */
export const RepTypeBadge = ({ repType }: { repType: RepType | null }) => {
  const { t } = useTranslation();
  if (!repType) return null;
  const Icon = repTypeIcons[repType];
  return (
    <Badge color={repTypeColors[repType]} variant="outline" leftSection={<Icon size={12} />} data-rep-type={repType}>
      {t(`repTypes.${repType}`)}
    </Badge>
  );
};

export const StatusBadge = ({ status }: { status: MemberStatus }) => {
  const { t } = useTranslation();
  return (
    <Badge color={status === 'active' ? 'teal' : 'gray'} variant="dot">
      {t(`memberStatuses.${status}`)}
    </Badge>
  );
};

/** Select options for roles, rep types and statuses, in the reader's language. */
export const roleOptions = (t: TFunction) => roles.map((role) => ({ value: role, label: t(`roles.${role}`) }));

export const repTypeOptions = (t: TFunction) =>
  repTypes.map((repType) => ({ value: repType, label: t(`repTypes.${repType}`) }));

export const statusOptions = (t: TFunction) =>
  memberStatuses.map((status) => ({ value: status, label: t(`memberStatuses.${status}`) }));
