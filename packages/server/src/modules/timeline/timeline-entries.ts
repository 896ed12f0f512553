import type { TimelineEntry } from '@pacer/core';
import type { TimelineRow } from './timeline.queries';

const words = (code: string) => code.replaceAll('_', ' ');
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const shown = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
};

const activityTitle = (data: Record<string, unknown>) => {
  const parts = [capitalized(words(String(data.type)))];
  if (data.outcome) parts.push(words(String(data.outcome)));
  const head = parts.join(' · ');
  const subject = data.subject ? `: ${data.subject}` : '';
  return `${head}${subject}${data.completedAt ? '' : ' (planned)'}`;
};

const editDetail = (data: Record<string, unknown>) =>
  Object.entries(data)
    .map(([field, change]) => {
      const { from, to } = (change ?? {}) as { from?: unknown; to?: unknown };
      return `${field}: ${shown(from)} → ${shown(to)}`;
    })
    .join('\n');

const titleAndDetail = (row: TimelineRow): { title: string; detail: string | null } => {
  const data = row.data;
  switch (row.kind) {
    case 'activity':
      return { title: activityTitle(data), detail: (data.notes as string | null) ?? null };
    case 'edit':
      return { title: `Edited ${Object.keys(data).join(', ')}`, detail: editDetail(data) || null };
    case 'stage_change':
      return {
        title: data.fromStageName ? `Stage: ${data.fromStageName} → ${data.toStageName}` : `Stage: ${data.toStageName}`,
        detail: data.handoff ? 'Handed off to the next owner' : null,
      };
    case 'converted':
      return { title: data.dealId ? 'Converted into an account, a contact and a deal' : 'Converted', detail: null };
    default:
      return { title: capitalized(row.kind), detail: null };
  }
};

const kinds = new Set<TimelineEntry['kind']>([
  'activity',
  'stage_change',
  'edit',
  'created',
  'archived',
  'restored',
  'converted',
  'note',
]);

/** One page row as the API shows it: a short title, the detail and the structured data. */
export const toTimelineEntry = (row: TimelineRow): TimelineEntry => ({
  kind: kinds.has(row.kind as TimelineEntry['kind']) ? (row.kind as TimelineEntry['kind']) : 'note',
  at: new Date(row.at).toISOString(),
  actorId: row.actor_id,
  actorName: row.actor_name,
  ...titleAndDetail(row),
  refId: row.ref_id,
  data: row.data,
});
