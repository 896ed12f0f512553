import { Select, type SelectProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { treeOptions } from '../../components/tree-list';
import { teamsQuery } from './teams-api';

/** Pick one team, sub-teams indented below their parents; `enabled: false` leaves the teams unloaded. */
export const TeamSelect = ({ enabled = true, ...props }: Omit<SelectProps, 'data'> & { enabled?: boolean }) => {
  const teams = useQuery({ ...teamsQuery, enabled });
  return <Select data={treeOptions(teams.data ?? [])} clearable {...props} />;
};
