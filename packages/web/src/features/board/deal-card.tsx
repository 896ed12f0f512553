import { useDraggable } from '@dnd-kit/core';
import { ActionIcon, Avatar, Box, Group, Menu, Paper, Text, Tooltip } from '@mantine/core';
import type { Deal } from '@pacer/core';
import { IconArrowsRightLeft, IconCalendarDue } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import type { ComponentPropsWithoutRef, CSSProperties, MouseEvent, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { initialsOf } from '../../lib/format';
import classes from './board.module.css';
import { formatAmount, formatDay } from './board-format';
import type { BoardStage } from './use-move-deal';

export const dealPath = (dealId: string) => `/deals/${dealId}`;

interface DealCardBodyProps extends Omit<ComponentPropsWithoutRef<'a'>, 'style' | 'href' | 'onClick'> {
  deal: Deal;
  today: string;
  /** Lifted look while it follows the pointer. */
  lifted?: boolean;
  style?: CSSProperties;
  ref?: Ref<HTMLAnchorElement>;
}

/** What a card shows: name, account, amount, expected close (red when past) and the owner's initials. */
export const DealCardBody = ({ deal, today, lifted = false, style, ref, ...rest }: DealCardBodyProps) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const overdue = deal.stageKind === 'open' && deal.expectedCloseDate !== null && deal.expectedCloseDate < today;

  // A plain click opens the deal inside the app; ctrl/middle click keep the browser's new tab.
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void navigate({ href: dealPath(deal.id) });
  };

  return (
    <Paper
      ref={ref}
      component="a"
      href={dealPath(deal.id)}
      onClick={open}
      withBorder
      radius="md"
      p="sm"
      shadow={lifted ? 'lg' : 'xs'}
      className={lifted ? `${classes.card} ${classes.overlay}` : classes.card}
      data-testid="deal-card"
      data-deal-id={deal.id}
      style={{ display: 'block', color: 'inherit', textDecoration: 'none', ...style }}
      {...rest}
    >
      <Text size="sm" fw={600} lineClamp={2} lh={1.3} pr={24}>
        {deal.name}
      </Text>
      <Text size="xs" c="dimmed" truncate mt={2}>
        {deal.accountName ?? t('records.form.noAccount')}
      </Text>
      <Group justify="space-between" wrap="nowrap" mt="xs" gap="xs">
        <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }} truncate>
          {formatAmount(deal.amount, deal.currency)}
        </Text>
        <Group gap={6} wrap="nowrap">
          {deal.expectedCloseDate ? (
            <Tooltip label={overdue ? t('board.card.overdue') : t('deals.fields.expectedCloseDate')}>
              <Group
                gap={3}
                wrap="nowrap"
                c={overdue ? 'red.7' : 'dimmed'}
                data-overdue={overdue || undefined}
                aria-label={`${overdue ? t('board.card.overdue') : t('deals.fields.expectedCloseDate')}: ${formatDay(deal.expectedCloseDate, today)}`}
              >
                <IconCalendarDue size={14} />
                <Text size="xs" fw={overdue ? 600 : 400} c="inherit" style={{ whiteSpace: 'nowrap' }}>
                  {formatDay(deal.expectedCloseDate, today)}
                </Text>
              </Group>
            </Tooltip>
          ) : null}
          <Tooltip label={deal.ownerName}>
            <Avatar size={22} radius="xl" color="pacer" variant="light" aria-label={deal.ownerName}>
              <Text size="10px" fw={700} c="inherit">
                {initialsOf(deal.ownerName)}
              </Text>
            </Avatar>
          </Tooltip>
        </Group>
      </Group>
    </Paper>
  );
};

interface DealCardProps {
  deal: Deal;
  today: string;
  /** The stages it can be moved to by menu (phones, where dragging is awkward). */
  moveTargets?: BoardStage[];
  onMove?: (deal: Deal, stage: BoardStage) => void;
  /** Whether it may be dragged (false for viewers). */
  draggable: boolean;
}

/** A deal on the board: drag it with the pointer or pick it up with Space; a click opens it. */
export const DealCard = ({ deal, today, moveTargets, onMove, draggable }: DealCardProps) => {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: deal.id,
    data: { deal },
    disabled: !draggable,
    attributes: { roleDescription: t('board.dnd.roleDescription') },
  });
  // The card stays a link; dnd-kit's default role of button would hide that from screen readers.
  const { role: _role, ...dragAttributes } = attributes;

  return (
    <Box pos="relative">
      <DealCardBody
        ref={setNodeRef}
        deal={deal}
        today={today}
        style={{ opacity: isDragging ? 0.35 : 1, touchAction: draggable ? 'manipulation' : undefined }}
        {...(draggable ? { ...dragAttributes, ...listeners } : {})}
      />
      {moveTargets && onMove && moveTargets.length > 0 ? (
        <Menu position="bottom-end" withinPortal shadow="md">
          <Menu.Target>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              pos="absolute"
              top={6}
              right={6}
              aria-label={t('board.card.moveTo', { name: deal.name })}
            >
              <IconArrowsRightLeft size={14} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>{t('board.card.moveToLabel')}</Menu.Label>
            {moveTargets.map((stage) => (
              <Menu.Item
                key={stage.id}
                color={stage.kind === 'won' ? 'teal' : stage.kind === 'lost' ? 'red' : undefined}
                onClick={() => onMove(deal, stage)}
              >
                {stage.name}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      ) : null}
    </Box>
  );
};
