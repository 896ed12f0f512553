import { Alert, Anchor, Button, type MantineSize, PasswordInput, Text, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { IconAlertTriangle, IconArrowLeft } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FieldProps {
  /** The form's input props for the field. */
  input: GetInputPropsReturnType;
  size?: MantineSize;
}

/** The e-mail field of the sign-in, sign-up and forgot-password forms. */
export const EmailField = ({ input, size }: FieldProps) => {
  const { t } = useTranslation();
  return (
    <TextInput
      label={t('auth.fields.email')}
      placeholder={t('auth.fields.emailPlaceholder')}
      type="email"
      autoComplete="email"
      required
      size={size}
      {...input}
    />
  );
};

interface PasswordFieldProps extends FieldProps {
  label: string;
  /** The password rules, for a new password. */
  description?: string;
  autoComplete: 'current-password' | 'new-password';
}

/** A password field: the current one to sign in, or a new one with its rules below the label. */
export const PasswordField = ({ input, size, label, description, autoComplete }: PasswordFieldProps) => (
  <PasswordInput label={label} description={description} autoComplete={autoComplete} required size={size} {...input} />
);

/** The wide button at the end of a sign-in or sign-up form. */
export const AuthSubmitButton = ({ loading, children }: { loading: boolean; children: ReactNode }) => (
  <Button type="submit" size="md" fullWidth loading={loading}>
    {children}
  </Button>
);

interface AuthAlertProps {
  tone: 'warning' | 'success';
  /** A warning has a warning sign; a success brings its own icon. */
  icon?: ReactNode;
  title?: string;
  children: ReactNode;
}

/** A notice in place of a form: a warning (a bad link, say) or a success. */
export const AuthAlert = ({ tone, icon, title, children }: AuthAlertProps) => (
  <Alert
    color={tone === 'success' ? 'teal' : 'orange'}
    variant="light"
    icon={icon ?? <IconAlertTriangle size={20} />}
    title={title}
  >
    {children}
  </Alert>
);

/** The way back to sign-in under the password-reset forms. */
export const BackToSignInLink = () => {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/sign-in" size="sm" mt="xl" ta="center">
      <IconArrowLeft size={14} style={{ verticalAlign: 'middle' }} /> {t('auth.forgot.backToSignIn')}
    </Anchor>
  );
};

/** The line under a form that leads to the other one: "No account yet? Create an organisation". */
export const AuthSwitchPrompt = ({
  question,
  linkLabel,
  to,
}: {
  question: string;
  linkLabel: string;
  to: '/sign-in' | '/sign-up';
}) => (
  <Text ta="center" size="sm" c="dimmed" mt="xl">
    {question}{' '}
    <Anchor component={Link} to={to} fw={600}>
      {linkLabel}
    </Anchor>
  </Text>
);
