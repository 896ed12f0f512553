import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconGauge } from '@tabler/icons-react';

interface BrandLogoProps {
  size?: 'sm' | 'md' | 'lg';
  /** Light text for dark backgrounds. */
  inverted?: boolean;
}

const dimensions = {
  sm: { icon: 28, glyph: 18, text: 'lg' },
  md: { icon: 32, glyph: 20, text: 'xl' },
  lg: { icon: 44, glyph: 28, text: '1.75rem' },
};

/** The Pacer mark and word. */
export const BrandLogo = ({ size = 'md', inverted = false }: BrandLogoProps) => {
  const dims = dimensions[size];
  return (
    <Group gap={10} wrap="nowrap">
      <ThemeIcon
        size={dims.icon}
        radius="md"
        variant={inverted ? 'white' : 'gradient'}
        gradient={{ from: 'pacer.5', to: 'pacer.8', deg: 135 }}
        aria-hidden
      >
        <IconGauge size={dims.glyph} stroke={2.2} />
      </ThemeIcon>
      <Text fz={dims.text} fw={800} lts={-0.5} c={inverted ? 'white' : undefined}>
        Pacer
      </Text>
    </Group>
  );
};
