import { Select } from '@mantine/core';
import { subtreeIds, type Team } from '@pacer/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { treeOptions } from '../../components/tree-list';
import { useSession } from '../auth/session';
import { teamsQuery } from '../teams/teams-api';

/** The teams a member may run: every team for admins; for a manager, those they manage and every one below. */
export const runnableTeams = (teams: readonly Team[], role: string, userId: string): Team[] => {
  if (role === 'admin') return [...teams];
  const own = teams.filter((team) => team.managerId === userId).map((team) => team.id);
  const reach = subtreeIds(teams, own);
  return teams.filter((team) => reach.has(team.id));
};

/** Which team to run: none means the whole org (admins) or all of a manager's teams. */
export const RunTeamSelect = ({ value, onChange }: { value: string | null; onChange: (id: string | null) => void }) => {
  const { t } = useTranslation();
  const session = useSession();
  const teams = useQuery(teamsQuery);
  const admin = session.member.role === 'admin';
  const options = treeOptions(runnableTeams(teams.data ?? [], session.member.role, session.user.id));
  return (
    <Select
      style={{ flex: '1 1 12rem' }}
      label={t('comp.run.team')}
      placeholder={admin ? t('comp.run.wholeOrg') : t('comp.run.allMyTeams')}
      data={options}
      value={value}
      onChange={onChange}
      clearable
      data-testid="comp-run-team"
    />
  );
};

/** The teams of a run as one line: their names, or the whole org. */
export const runTeamsText = (teams: readonly { name: string }[], wholeOrg: string): string =>
  teams.length === 0 ? wholeOrg : teams.map((team) => team.name).join(', ');
