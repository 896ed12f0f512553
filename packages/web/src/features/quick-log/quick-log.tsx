import { Modal } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../auth/session';
import { typeForKey } from './activity-kinds';
import { QuickLogForm } from './quick-log-form';
import { quickLog, useQuickLogState } from './quick-log-store';
import { ShortcutsModal } from './shortcuts-modal';
import { useKeySequences } from './use-key-sequences';

const phoneQuery = '(max-width: 48em)';

/**
 * The quick-log modal, the shortcuts list and their keys: L then C logs a call, L V a visit, L M a
 * meeting, L E an e-mail, L P a presentation; `?` lists them all. Mounted once by the app layout.
 */
export const QuickLog = () => {
  const { t } = useTranslation();
  const canLog = useCan('crm:write');
  const { log, opening, helpOpened } = useQuickLogState();
  const phone = useMediaQuery(phoneQuery, window.matchMedia(phoneQuery).matches, { getInitialValueInEffect: false });

  // Signing out unmounts the app: the next person starts with everything closed.
  useEffect(
    () => () => {
      quickLog.close();
      quickLog.closeShortcuts();
    },
    [],
  );

  useKeySequences({
    leader: 'l',
    enabled: true,
    onSequence: (key) => {
      const type = canLog ? typeForKey(key) : undefined;
      if (type) quickLog.open(type);
      return type !== undefined;
    },
    onHelp: quickLog.openShortcuts,
  });

  return (
    <>
      <Modal
        opened={canLog && log !== null}
        onClose={quickLog.close}
        title={log ? t(`quickLog.title.${log.type}`) : ''}
        size={600}
        fullScreen={phone}
        yOffset="8vh"
        data-testid="quick-log-modal"
      >
        {log ? (
          <QuickLogForm
            key={opening}
            requested={log}
            showShortcuts={!phone}
            onDone={quickLog.close}
            onCancel={quickLog.close}
            onHelp={quickLog.openShortcuts}
            onTypeChange={quickLog.retitle}
          />
        ) : null}
      </Modal>
      <ShortcutsModal opened={helpOpened} onClose={quickLog.closeShortcuts} canLog={canLog} />
    </>
  );
};
