import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Navigate } from '@tanstack/react-router';
import { QueryLoadError, RowsSkeleton } from '../../components/feedback';
import { useSession } from '../auth/session';
import { ContestForm, canRunContests } from './contest-form-page';
import { contestLeaderboardQuery, contestQuery } from './incentives-api';

const route = getRouteApi('/app/contests/$contestId/edit');

/** Changing a contest: the contest form filled in; a finished or cancelled one goes back to its page. */
export const ContestEditPage = () => {
  const { member } = useSession();
  const { contestId } = route.useParams();
  const contest = useQuery(contestQuery(contestId));
  // The leaderboard lists the participants: the form needs them for named reps.
  const board = useQuery(contestLeaderboardQuery(contestId));
  if (!canRunContests(member.role)) return <Navigate to="/contests/$contestId" params={{ contestId }} />;
  if (contest.isError) return <QueryLoadError query={contest} />;
  if (board.isError) return <QueryLoadError query={board} />;
  if (!contest.data || !board.data) return <RowsSkeleton rows={8} />;
  if (contest.data.status === 'finished' || contest.data.status === 'cancelled')
    return <Navigate to="/contests/$contestId" params={{ contestId }} />;
  const repIds = board.data.rows.map((row) => row.repId);
  return <ContestForm editing={{ contest: contest.data, repIds }} />;
};
