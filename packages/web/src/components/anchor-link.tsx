import { Anchor, type AnchorProps } from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import type { AnchorHTMLAttributes, Ref } from 'react';

type MantineAnchorProps = AnchorProps & AnchorHTMLAttributes<HTMLAnchorElement> & { ref?: Ref<HTMLAnchorElement> };

const MantineAnchor = (props: MantineAnchorProps) => <Anchor {...props} />;

const CreatedAnchorLink = createLink(MantineAnchor);

/** A Mantine anchor that is a typed router link (checked paths and params, prefetch on hover). */
export const AnchorLink: LinkComponent<typeof MantineAnchor> = (props) => (
  <CreatedAnchorLink preload="intent" {...props} />
);
