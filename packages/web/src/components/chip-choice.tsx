import { Chip, Group, Input, Stack } from '@mantine/core';

interface ChipChoiceProps {
  /** Ties the label to the chips for screen readers. */
  id: string;
  label: string;
  /** The picked value; null when none is. */
  value: string | null;
  onChange: (value: string | null) => void;
  options: { value: string; label: string }[];
  /** `touch`: big chips for thumbs on a phone; `compact`: small ones in a dialog. */
  look: 'touch' | 'compact';
}

/** A labelled row of chips of which one or none is picked: a radio group that is quick to tap. */
export const ChipChoice = ({ id, label, value, onChange, options, look }: ChipChoiceProps) => {
  const touch = look === 'touch';
  return (
    <Stack gap={touch ? 8 : 6}>
      <Input.Label size={touch ? 'lg' : undefined} id={id}>
        {label}
      </Input.Label>
      <Chip.Group multiple={false} value={value ?? ''} onChange={(next) => onChange(next || null)}>
        <Group gap={touch ? 8 : 6} role="radiogroup" aria-labelledby={id}>
          {options.map((option) => (
            <Chip
              key={option.value}
              value={option.value}
              size={touch ? 'lg' : 'xs'}
              radius={touch ? 'xl' : 'sm'}
              variant={touch ? 'outline' : 'light'}
            >
              {option.label}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </Stack>
  );
};
