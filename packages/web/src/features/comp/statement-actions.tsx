import { Button } from '@mantine/core';
import type { CompStatementDetail, Session } from '@pacer/core';
import { IconCash, IconChecks, IconDownload, IconEye, IconPrinter } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useSession } from '../auth/session';
import { type StatementStep, statementApi, statementPdfUrl, statementQuery, statementSteps } from './statement-api';

const icons = { review: IconEye, approve: IconChecks, pay: IconCash } as const;

/** The step the reader may take now, if any: managers review, admins approve and pay; nobody their own. */
export const nextStepFor = (statement: CompStatementDetail, { user, member }: Session): StatementStep | null => {
  if (statement.repId === user.id) return null;
  const from = { review: 'draft', approve: 'reviewed', pay: 'approved' } as const;
  const step = statementSteps.find(([candidate]) => from[candidate] === statement.status)?.[0];
  if (!step) return null;
  if (step === 'review') return member.role === 'manager' || member.role === 'admin' ? step : null;
  return member.role === 'admin' ? step : null;
};

/** The workflow button (when the reader may move it on), the PDF and printing. */
export const StatementActions = ({ statement }: { statement: CompStatementDetail }) => {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const step = nextStepFor(statement, session);
  const move = useMutation({
    mutationFn: (next: StatementStep) => statementApi.move(statement.id, next),
    onSuccess: async (moved, next) => {
      queryClient.setQueryData(statementQuery(statement.id).queryKey, moved);
      notifySuccess(t(`comp.statements.moved.${next}`));
      await queryClient.invalidateQueries({ queryKey: ['comp-statements', 'list'] });
    },
    onError: (error) => notifyError(error),
  });
  const StepIcon = step ? icons[step] : null;
  return (
    <>
      {step && StepIcon ? (
        <Button
          leftSection={<StepIcon size={16} />}
          loading={move.isPending}
          onClick={() => move.mutate(step)}
          data-testid={`statement-${step}`}
        >
          {t(`comp.statements.${step}`)}
        </Button>
      ) : null}
      <Button
        component="a"
        href={statementPdfUrl(statement.id)}
        target="_blank"
        rel="noopener"
        variant="default"
        leftSection={<IconDownload size={16} />}
        data-testid="statement-pdf"
      >
        {t('comp.statements.pdf')}
      </Button>
      <Button
        variant="default"
        leftSection={<IconPrinter size={16} />}
        onClick={() => window.print()}
        data-testid="statement-print"
      >
        {t('comp.statements.print')}
      </Button>
    </>
  );
};
