import { Alert, Anchor, Button, Card, Group, Stack } from '@mantine/core';
import type { ImportField, ImportJob, ImportMapping } from '@pacer/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryLoadError, RowsSkeleton } from '../../components/feedback';
import { PageHeader } from '../../components/page-header';
import { notifyError } from '../../lib/notify';
import { ImportStatusBadge } from './import-labels';
import { ImportMappingStep } from './import-mapping-step';
import { ImportReportStep } from './import-report-step';
import { ImportRunStep } from './import-run-step';
import { ImportStepper } from './import-stepper';
import { ImportUploadStep } from './import-upload-step';
import { importFieldsQuery, importQuery, importsApi } from './imports-api';
import { initialMapping, withValueMap } from './mapping-utils';

const route = getRouteApi('/app/imports/$importId');

const BackToImports = () => {
  const { t } = useTranslation();
  return (
    <Group mb="sm">
      <Anchor component={Link} to="/imports" size="sm">
        <Group gap={4} wrap="nowrap">
          <IconArrowLeft size={16} />
          {t('nav.imports')}
        </Group>
      </Anchor>
    </Group>
  );
};

/** The step a job opens on: mapping before any check, the report after one, the run once started. */
const stepOf = (job: ImportJob): number => {
  if (job.status === 'uploaded') return 1;
  if (job.status === 'running' || job.status === 'completed' || job.status === 'failed') return 3;
  return 2;
};

const Wizard = ({ job, fields }: { job: ImportJob; fields: ImportField[] }) => {
  const queryClient = useQueryClient();
  const [step, setStep] = useState(() => stepOf(job));
  const [mapping, setMapping] = useState<ImportMapping>(() => initialMapping(job));
  const remember = (saved: ImportJob) => {
    queryClient.setQueryData(importQuery(job.id).queryKey, saved);
    void queryClient.invalidateQueries({ queryKey: ['imports', 'list'] });
  };
  const validate = useMutation({
    mutationFn: (next: ImportMapping) => importsApi.validate(job.id, next),
    onSuccess: (saved) => {
      remember(saved);
      setStep(2);
    },
    onError: (error) => notifyError(error),
  });
  const run = useMutation({
    mutationFn: () => importsApi.run(job.id),
    onSuccess: (saved) => {
      remember(saved);
      setStep(3);
    },
    onError: (error) => notifyError(error),
  });
  // Once the run has started there is no going back to the mapping.
  const started = job.status === 'running' || job.status === 'completed';
  const current = started ? 3 : step;
  // A finished import shows every step done.
  const shown = job.status === 'completed' ? 4 : current;

  return (
    <>
      <ImportStepper active={shown} onStep={started ? undefined : (next) => next === 1 && setStep(1)} />
      <Card>
        {current === 1 ? (
          <ImportMappingStep
            job={job}
            fields={fields}
            mapping={mapping}
            onChange={setMapping}
            onCheck={() => validate.mutate(mapping)}
            checking={validate.isPending}
          />
        ) : current === 2 ? (
          <ImportReportStep
            job={job}
            fields={fields}
            onMapValue={(field, from, to) => {
              const next = withValueMap(mapping, field, from, to);
              setMapping(next);
              validate.mutate(next);
            }}
            onBack={() => setStep(1)}
            onRecheck={() => validate.mutate(mapping)}
            onRun={() => run.mutate()}
            busy={validate.isPending || run.isPending}
          />
        ) : (
          <ImportRunStep job={job} />
        )}
      </Card>
    </>
  );
};

/** An upload left unimported past the keep time: its file is gone, so only a new upload helps. */
const ExpiredUpload = ({ job }: { job: ImportJob }) => {
  const { t } = useTranslation();
  return (
    <Alert color="gray" title={t('imports.expired.title')} data-testid="import-expired">
      <Stack gap="sm" align="flex-start">
        {job.message}
        <Button component={Link} to="/imports/new" size="sm">
          {t('imports.expired.uploadAgain')}
        </Button>
      </Stack>
    </Alert>
  );
};

/** An import under way or done: mapping, check, run and result, resumable from the history. */
export const ImportWizardPage = () => {
  const { t } = useTranslation();
  const { importId } = route.useParams();
  const job = useQuery(importQuery(importId));
  const fields = useQuery({ ...importFieldsQuery(job.data?.recordType ?? 'deals'), enabled: Boolean(job.data) });

  const body = () => {
    if (job.isError) return <QueryLoadError query={job} />;
    if (fields.isError) return <QueryLoadError query={fields} />;
    if (!job.data || !fields.data) return <RowsSkeleton rows={6} height={44} />;
    if (job.data.status === 'expired') return <ExpiredUpload job={job.data} />;
    return <Wizard key={job.data.id} job={job.data} fields={fields.data} />;
  };

  return (
    <Stack gap={0}>
      <BackToImports />
      <PageHeader
        title={job.data ? t('imports.jobTitle', { type: t(`nav.${job.data.recordType}`) }) : t('imports.title')}
        description={job.data?.fileName}
        actions={job.data ? <ImportStatusBadge status={job.data.status} /> : null}
      />
      {body()}
    </Stack>
  );
};

/** A new import: step one, the upload. */
export const NewImportPage = () => {
  const { t } = useTranslation();
  return (
    <Stack gap={0}>
      <BackToImports />
      <PageHeader title={t('imports.newImport')} description={t('imports.subtitle')} />
      <ImportStepper active={0} />
      <Card>
        <ImportUploadStep />
      </Card>
    </Stack>
  );
};
