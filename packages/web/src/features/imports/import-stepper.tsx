import { Stepper } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconChecklist, IconColumns3, IconDatabaseImport, IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The four steps of an import, with the ones already done clickable where going back makes sense. */
export const ImportStepper = ({ active, onStep }: { active: number; onStep?: (step: number) => void }) => {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 48em)') ?? true;
  const steps = [
    { key: 'upload', icon: IconUpload },
    { key: 'map', icon: IconColumns3 },
    { key: 'check', icon: IconChecklist },
    { key: 'run', icon: IconDatabaseImport },
  ] as const;
  return (
    <Stepper
      active={active}
      onStepClick={onStep}
      size="sm"
      iconSize={wide ? 36 : 30}
      mb="xl"
      allowNextStepsSelect={false}
      data-testid="import-stepper"
    >
      {steps.map((step) => (
        <Stepper.Step
          key={step.key}
          icon={<step.icon size={18} />}
          label={wide ? t(`imports.steps.${step.key}`) : undefined}
          description={wide ? t(`imports.steps.${step.key}Hint`) : undefined}
        />
      ))}
    </Stepper>
  );
};
