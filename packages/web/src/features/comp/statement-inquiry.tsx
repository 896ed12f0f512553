import { Badge, Box, Button, Group, Stack, Text } from '@mantine/core';
import type { CompInquiry, CompInquiryStatus, CompStatementDetail } from '@pacer/core';
import { IconCheck, IconMessageQuestion, IconMessageReply } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/anchor-link';
import { formatDateTime, formatMoney } from '../../lib/format';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useSession } from '../auth/session';
import type { LineRow } from './comp-earning-lines';
import { statementApi } from './statement-api';
import { AskForm, ReplyForm, useRefreshStatements } from './statement-inquiry-forms';
import { formatPeriod, numericStyle } from './statement-status';

type Message = CompInquiry['messages'][number];

const statusColors: Record<CompInquiryStatus, string> = { open: 'orange', answered: 'blue', closed: 'gray' };

/** One message: who and when, what they wrote, and the adjustment an answer gave (with where it is paid). */
const ThreadMessage = ({ message, statementId }: { message: Message; statementId: string }) => {
  const { t } = useTranslation();
  const { adjustment } = message;
  return (
    <Box data-testid="statement-inquiry-message">
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={600}>
          {message.authorName ?? t('comp.statements.someone')}
        </Text>
        <Text size="xs" c="dimmed">
          {formatDateTime(message.createdAt)}
        </Text>
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {message.comment}
      </Text>
      {adjustment ? (
        <Group gap="xs" mt={4} wrap="wrap" data-testid="statement-inquiry-adjustment">
          <Text size="sm" c={adjustment.amount.startsWith('-') ? 'red' : 'teal'} fw={600} style={numericStyle}>
            {t('comp.statements.adjustmentGiven', {
              amount: formatMoney(adjustment.amount, adjustment.currency),
              period: formatPeriod(t, adjustment.periodStart, adjustment.periodEnd),
            })}
          </Text>
          {adjustment.statementId === statementId ? null : (
            <AnchorLink
              to="/comp-statements/$statementId"
              params={{ statementId: adjustment.statementId }}
              size="sm"
              className="pacer-no-print"
              data-testid="statement-inquiry-adjustment-link"
            >
              {t('comp.statements.viewStatement')}
            </AnchorLink>
          )}
        </Group>
      ) : null}
    </Box>
  );
};

/** A question on a line and its answers; the rep follows up, the manager or an admin answers; either closes it. */
const InquiryThread = ({ inquiry, statementId }: { inquiry: CompInquiry; statementId: string }) => {
  const { t } = useTranslation();
  const { user, member } = useSession();
  const refresh = useRefreshStatements();
  const [replying, setReplying] = useState(false);
  const close = useMutation({
    mutationFn: () => statementApi.close(inquiry.id),
    onSuccess: async () => {
      notifySuccess(t('comp.statements.closed'));
      await refresh();
    },
    onError: (error) => notifyError(error),
  });
  const byRep = inquiry.repId === user.id;
  const mayAnswer = byRep || member.role === 'manager' || member.role === 'admin';
  const open = inquiry.status !== 'closed';
  return (
    <Stack
      gap="xs"
      mt="sm"
      pl="sm"
      py={4}
      style={{ borderLeft: `3px solid var(--mantine-color-${statusColors[inquiry.status]}-4)` }}
      data-testid="statement-inquiry"
      data-status={inquiry.status}
    >
      <Badge size="sm" variant="light" color={statusColors[inquiry.status]} w="fit-content">
        {t(`comp.statements.threadStatuses.${inquiry.status}`)}
      </Badge>
      {inquiry.messages.map((message) => (
        <ThreadMessage key={message.id} message={message} statementId={statementId} />
      ))}
      {replying ? (
        <ReplyForm
          inquiryId={inquiry.id}
          currency={inquiry.line.currency}
          mayAdjust={!byRep}
          onDone={() => setReplying(false)}
        />
      ) : open && mayAnswer ? (
        <Group gap="xs" className="pacer-no-print">
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconMessageReply size={14} />}
            onClick={() => setReplying(true)}
            data-testid="statement-inquiry-reply"
          >
            {t('comp.statements.reply')}
          </Button>
          <Button
            size="compact-sm"
            variant="subtle"
            color="gray"
            leftSection={<IconCheck size={14} />}
            loading={close.isPending}
            onClick={() => close.mutate()}
            data-testid="statement-inquiry-close"
          >
            {t('comp.statements.close')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
};

interface LineInquiriesProps {
  statement: CompStatementDetail;
  line: LineRow & { position: number; inquiryIds: readonly string[] };
}

/** Under a statement line: its threads, and for the rep whose statement it is a way to question it. */
export const LineInquiries = ({ statement, line }: LineInquiriesProps) => {
  const { t } = useTranslation();
  const { user } = useSession();
  const [asking, setAsking] = useState(false);
  const threads = statement.inquiries.filter((inquiry) => line.inquiryIds.includes(inquiry.id));
  const mayAsk = statement.repId === user.id && threads.every((inquiry) => inquiry.status === 'closed');
  return (
    <>
      {threads.map((inquiry) => (
        <InquiryThread key={inquiry.id} inquiry={inquiry} statementId={statement.id} />
      ))}
      {asking ? (
        <Box mt="sm">
          <AskForm statementId={statement.id} position={line.position} onDone={() => setAsking(false)} />
        </Box>
      ) : mayAsk ? (
        <Group justify="flex-end" mt={4} className="pacer-no-print">
          <Button
            size="compact-xs"
            variant="subtle"
            color="gray"
            leftSection={<IconMessageQuestion size={14} />}
            onClick={() => setAsking(true)}
            data-testid="statement-ask"
          >
            {t('comp.statements.ask')}
          </Button>
        </Group>
      ) : null}
    </>
  );
};
