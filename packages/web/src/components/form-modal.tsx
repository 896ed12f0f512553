import { Button, Modal, Select, Stack, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { type FormEventHandler, Fragment, type ReactNode } from 'react';
import { DialogButtons } from './feedback';

interface FormModalProps<T> {
  /** What the form works on; `null` closes the modal. */
  target: T | null;
  title: string;
  /** A fresh form (empty state, no stale errors) for each target. */
  formKey: (target: T) => string;
  onClose: () => void;
  children: (target: T) => ReactNode;
}

/** A modal around a create-or-edit form, with a fresh form for each thing it is opened on. */
export const FormModal = <T,>({ target, title, formKey, onClose, children }: FormModalProps<T>) => (
  <Modal opened={target !== null} onClose={onClose} title={title}>
    {target ? <Fragment key={formKey(target)}>{children(target)}</Fragment> : null}
  </Modal>
);

interface ModalFormProps {
  onSubmit: FormEventHandler<HTMLFormElement>;
  children: ReactNode;
  cancelLabel: string;
  submitLabel: string;
  submitIcon?: ReactNode;
  loading: boolean;
  onCancel: () => void;
}

/** The body of a form in a modal: its fields, then cancel and submit at the bottom right. */
export const ModalForm = ({
  onSubmit,
  children,
  cancelLabel,
  submitLabel,
  submitIcon,
  loading,
  onCancel,
}: ModalFormProps) => (
  <form onSubmit={onSubmit} noValidate>
    <Stack gap="md">
      {children}
      <DialogButtons mt="sm" cancelLabel={cancelLabel} onCancel={onCancel}>
        <Button type="submit" loading={loading} leftSection={submitIcon}>
          {submitLabel}
        </Button>
      </DialogButtons>
    </Stack>
  </form>
);

interface NameParentFieldsProps {
  labels: { name: string; namePlaceholder: string; parent: string; parentPlaceholder: string };
  parentOptions: { value: string; label: string }[];
  /** The form's input props for the name and the parent. */
  nameInput: GetInputPropsReturnType;
  parentInput: GetInputPropsReturnType;
}

/** The two fields every node of a tree has: its name, and the node it sits below. */
export const NameParentFields = ({ labels, parentOptions, nameInput, parentInput }: NameParentFieldsProps) => (
  <>
    <TextInput label={labels.name} placeholder={labels.namePlaceholder} required data-autofocus {...nameInput} />
    <Select
      label={labels.parent}
      placeholder={labels.parentPlaceholder}
      data={parentOptions}
      searchable
      clearable
      {...parentInput}
    />
  </>
);
