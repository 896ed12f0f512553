import { Badge, Button, Group, Table, Text } from '@mantine/core';
import type { CompPlanDetail, CompPlanVersionView } from '@pacer/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatDay } from '../../lib/format';
import { SectionCard } from '../records/record-details';

interface VersionsProps {
  plan: CompPlanDetail;
  /** The version paying today. */
  currentId: string | null;
  /** The version whose terms the page shows. */
  shownId: string | null;
  onShow: (versionId: string) => void;
}

/** Every version of the plan, oldest first: from which day, why, who added it, and how many acknowledged it. */
export const CompVersions = ({ plan, currentId, shownId, onShow }: VersionsProps) => {
  const { t } = useTranslation();
  const currentVersion = plan.versions.find((version) => version.id === currentId)?.version ?? 0;
  return (
    <SectionCard title={t('comp.plan.versions')} testId="comp-plan-versions">
      <Table.ScrollContainer minWidth={620}>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('comp.plan.version')}</Table.Th>
              <Table.Th>{t('comp.plan.effectiveFrom')}</Table.Th>
              <Table.Th>{t('comp.plan.note')}</Table.Th>
              <Table.Th>{t('comp.plan.addedBy')}</Table.Th>
              <Table.Th ta="right">{t('comp.plan.acknowledged')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plan.versions.map((version) => (
              <Table.Tr key={version.id} data-testid="comp-version-row">
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Text fw={600} style={{ whiteSpace: 'nowrap' }}>
                      {t('comp.plan.versionNumber', { version: version.version })}
                    </Text>
                    {version.id === currentId ? (
                      <Badge size="xs" variant="light" color="teal" style={{ flexShrink: 0 }}>
                        {t('comp.plan.current')}
                      </Badge>
                    ) : version.version > currentVersion ? (
                      <Badge size="xs" variant="light" color="blue" style={{ flexShrink: 0 }}>
                        {t('comp.plan.upcoming')}
                      </Badge>
                    ) : null}
                  </Group>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDay(version.effectiveFrom)}</Table.Td>
                <Table.Td>{version.note ?? '—'}</Table.Td>
                <Table.Td>
                  <Text size="sm">{version.createdByName ?? '—'}</Text>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(version.createdAt)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{version.acknowledgements.length}</Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="compact-sm"
                    variant={version.id === shownId ? 'light' : 'subtle'}
                    onClick={() => onShow(version.id)}
                    aria-pressed={version.id === shownId}
                  >
                    {t('comp.plan.showTerms')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </SectionCard>
  );
};

/** Who acknowledged a version's terms, and when. */
export const CompAcknowledgements = ({ version }: { version: CompPlanVersionView }) => {
  const { t } = useTranslation();
  return (
    <SectionCard
      title={t('comp.plan.acknowledgements', { version: version.version })}
      testId="comp-plan-acknowledgements"
    >
      {version.acknowledgements.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('comp.plan.acknowledgementsEmpty')}
        </Text>
      ) : (
        <Table verticalSpacing={4} withRowBorders={false}>
          <Table.Tbody>
            {version.acknowledgements.map((ack) => (
              <Table.Tr key={ack.repId} data-testid="comp-acknowledgement">
                <Table.Td>{ack.repName}</Table.Td>
                <Table.Td ta="right" c="dimmed">
                  {formatDateTime(ack.acknowledgedAt)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </SectionCard>
  );
};
