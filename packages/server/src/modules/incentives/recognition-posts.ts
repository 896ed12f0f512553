import {
  AppError,
  type CreateKudosInput,
  describeRecognitionMessage,
  type RecognitionKind,
  type RecognitionMessage,
  type RecognitionPost,
  type RecognitionQuery,
} from '@pacer/core';
import { sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import { type Db, queryRows } from '../../platform/db/client';
import { decodeCursor, encodeCursor } from '../../platform/db/cursor';
import { recordAudit } from '../audit/audit.service';

/**
 * A post to add: kudos with their text; what Pacer posts as a message (code and values, its English
 * text kept beside it). An automatic one names its source (goal, contest, award) so it is posted once.
 */
export type NewPost = {
  kind: RecognitionKind;
  authorId: string | null;
  subjectId: string | null;
  sourceId: string | null;
} & ({ text: string; message?: undefined } | { message: RecognitionMessage; text?: undefined });

/** Adds a post in the caller's transaction, once per source and subject; answers its id, or null if it was there. */
export const postRecognition = async (db: Db, orgId: string, post: NewPost): Promise<string | null> => {
  const text = post.message ? describeRecognitionMessage(post.message) : post.text;
  const params = post.message ? JSON.stringify(post.message.params) : null;
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`insert into recognition_posts (org_id, kind, author_id, subject_id, text, message_code, message_params, source_id)
        select ${orgId}, ${post.kind}, ${post.authorId}, ${post.subjectId}, ${text}, ${post.message?.code ?? null},
               ${params}::jsonb, ${post.sourceId}
        where ${post.sourceId}::uuid is null or not exists (
          select 1 from recognition_posts where org_id = ${orgId} and kind = ${post.kind}
            and source_id = ${post.sourceId} and subject_id is not distinct from ${post.subjectId})
        returning id::text`,
  );
  return row?.id ?? null;
};

interface PostRow {
  id: string;
  kind: RecognitionKind;
  author_id: string | null;
  author_name: string | null;
  subject_id: string | null;
  subject_name: string | null;
  text: string;
  message_code: RecognitionMessage['code'] | null;
  message_params: Record<string, string> | null;
  source_id: string | null;
  reactions: number;
  reacted: boolean;
  created_at: Date | string;
}

const selectPosts = (scope: Scope, where: ReturnType<typeof sql>, tail: ReturnType<typeof sql>) => sql`
  select p.id::text, p.kind, p.author_id::text, a.name as author_name, p.subject_id::text, s.name as subject_name,
         p.text, p.message_code, p.message_params, p.source_id::text, p.created_at,
         (select count(*)::int from recognition_reactions r where r.org_id = p.org_id and r.post_id = p.id) as reactions,
         exists (select 1 from recognition_reactions r where r.org_id = p.org_id and r.post_id = p.id
                   and r.user_id = ${scope.userId}) as reacted
  from recognition_posts p
  left join users a on a.id = p.author_id
  left join users s on s.id = p.subject_id
  where p.org_id = ${scope.orgId} and ${where}
  ${tail}`;

const toPost = (row: PostRow): RecognitionPost => ({
  id: row.id,
  kind: row.kind,
  authorId: row.author_id,
  authorName: row.author_name,
  subjectId: row.subject_id,
  subjectName: row.subject_name,
  text: row.text,
  message: row.message_code ? { code: row.message_code, params: row.message_params ?? {} } : null,
  sourceId: row.source_id,
  reactions: Number(row.reactions),
  reacted: Boolean(row.reacted),
  createdAt: new Date(row.created_at).toISOString(),
});

/** The feed: every post of the org (recognition is public in the org), newest first, a page at a time. */
export const listRecognition = async (db: Db, scope: Scope, query: RecognitionQuery) => {
  const parts = [sql`true`];
  if (query.repId) parts.push(sql`p.subject_id = ${query.repId}`);
  const after = query.cursor ? decodeCursor(query.cursor, 2) : null;
  if (after) parts.push(sql`(p.created_at, p.id) < (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)`);
  const rows = await queryRows<PostRow>(
    db,
    selectPosts(
      scope,
      sql.join(parts, sql` and `),
      sql`order by p.created_at desc, p.id desc limit ${query.limit + 1}`,
    ),
  );
  const page = rows.slice(0, query.limit).map(toPost);
  const last = page.at(-1);
  return {
    items: page,
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.createdAt, last.id]) : null,
  };
};

const readPost = async (db: Db, scope: Scope, id: string): Promise<RecognitionPost> => {
  const [row] = await queryRows<PostRow>(db, selectPosts(scope, sql`p.id = ${id}`, sql``));
  if (!row) throw new AppError('NOT_FOUND', 'No such post');
  return toPost(row);
};

/** Kudos from anyone who writes (managers and peers) to an active member of the org, not to oneself. */
export const postKudos = async (db: Db, scope: Scope, input: CreateKudosInput): Promise<RecognitionPost> => {
  const id = await db.transaction(async (tx) => {
    const [member] = await queryRows(
      tx,
      sql`select 1 from members where org_id = ${scope.orgId} and user_id = ${input.repId} and status = 'active'`,
    );
    if (!member) throw new AppError('NOT_FOUND', 'No such person');
    if (input.repId === scope.userId) throw new AppError('BAD_REQUEST', 'Kudos go to someone else');
    const postId = await postRecognition(tx, scope.orgId, {
      kind: 'kudos',
      authorId: scope.userId,
      subjectId: input.repId,
      text: input.text,
      sourceId: null,
    });
    await recordAudit(tx, scope, {
      action: 'recognition.kudos_posted',
      entity: 'recognition_post',
      entityId: postId,
      data: { repId: input.repId },
    });
    return postId as string;
  });
  return readPost(db, scope, id);
};

/** A cheer on a post, or taking it back; one per person. */
export const setReaction = async (db: Db, scope: Scope, postId: string, on: boolean): Promise<RecognitionPost> => {
  await db.transaction(async (tx) => {
    const [post] = await queryRows(
      tx,
      sql`select 1 from recognition_posts where org_id = ${scope.orgId} and id = ${postId}`,
    );
    if (!post) throw new AppError('NOT_FOUND', 'No such post');
    const changed = await queryRows(
      tx,
      on
        ? sql`insert into recognition_reactions (org_id, post_id, user_id) values (${scope.orgId}, ${postId}, ${scope.userId})
              on conflict do nothing returning post_id`
        : sql`delete from recognition_reactions where org_id = ${scope.orgId} and post_id = ${postId}
                and user_id = ${scope.userId} returning post_id`,
    );
    if (changed.length)
      await recordAudit(tx, scope, {
        action: on ? 'recognition.reacted' : 'recognition.unreacted',
        entity: 'recognition_post',
        entityId: postId,
      });
  });
  return readPost(db, scope, postId);
};
