import { useMutation } from '@tanstack/react-query';
import { type ReactElement, useState } from 'react';
import { isApiError } from '../lib/api-client';
import { notifyError, notifySuccess } from '../lib/notify';
import { ConfirmModal } from './feedback';

/** The words of the delete flow, already translated. */
export interface TreeDeleteLabels {
  title: string;
  /** The question, for the named node. */
  message: (name: string) => string;
  confirm: string;
  cancel: string;
  /** Notified when the node is gone. */
  done: string;
  /** Notified when the server refuses because the node still has children (409 HAS_CHILDREN). */
  hasChildren: string;
  /** The title of any refusal. */
  refused: string;
}

interface TreeDeleteOptions<T> {
  /** Deletes the node; the caller decides how. */
  remove: (node: T) => Promise<unknown>;
  /** After a successful delete (refresh lists, say). */
  onDeleted: () => Promise<void>;
  labels: TreeDeleteLabels;
}

interface TreeDeleteFlow<T> {
  /** Ask to delete this node: opens the confirmation. */
  ask: (node: T) => void;
  /** The confirmation modal, to render once on the page. */
  modal: ReactElement;
}

/** Ask before deleting a node of a tree, then delete it and say how it went. */
export const useTreeDelete = <T extends { name: string }>({
  remove,
  onDeleted,
  labels,
}: TreeDeleteOptions<T>): TreeDeleteFlow<T> => {
  const [deleting, setDeleting] = useState<T | null>(null);
  const mutation = useMutation({
    mutationFn: remove,
    onSuccess: async () => {
      setDeleting(null);
      notifySuccess(labels.done);
      await onDeleted();
    },
    onError: (error) => {
      setDeleting(null);
      notifyError(
        error,
        isApiError(error) && error.code === 'HAS_CHILDREN' ? labels.hasChildren : undefined,
        labels.refused,
      );
    },
  });
  const modal = (
    <ConfirmModal
      opened={deleting !== null}
      title={labels.title}
      message={labels.message(deleting?.name ?? '')}
      confirmLabel={labels.confirm}
      cancelLabel={labels.cancel}
      loading={mutation.isPending}
      onConfirm={() => deleting && mutation.mutate(deleting)}
      onClose={() => setDeleting(null)}
    />
  );
  return { ask: setDeleting, modal };
};
