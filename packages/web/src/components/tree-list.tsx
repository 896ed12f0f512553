import { Box, Stack } from '@mantine/core';
import { buildTree, subtreeIds, type TreeNode, type TreeOf } from '@pacer/core';
import type { ReactNode } from 'react';

interface TreeListProps<T extends TreeNode> {
  roots: TreeOf<T>[];
  renderNode: (node: TreeOf<T>, depth: number) => ReactNode;
}

const Branch = <T extends TreeNode>({
  nodes,
  depth,
  renderNode,
}: {
  nodes: TreeOf<T>[];
  depth: number;
  renderNode: TreeListProps<T>['renderNode'];
}) => (
  <Stack gap={6} role={depth === 0 ? 'tree' : 'group'}>
    {nodes.map((node) => (
      <div key={node.id} role="treeitem" aria-level={depth + 1} aria-selected={false} tabIndex={-1}>
        {renderNode(node, depth)}
        {node.children.length > 0 ? (
          <Box
            mt={6}
            ml={{ base: 'sm', sm: 'lg' }}
            pl={{ base: 'xs', sm: 'md' }}
            style={{ borderLeft: '2px solid var(--mantine-color-default-border)' }}
          >
            <Branch nodes={node.children} depth={depth + 1} renderNode={renderNode} />
          </Box>
        ) : null}
      </div>
    ))}
  </Stack>
);

/** A tree (teams, regions) drawn as indented rows, every branch open. */
export const TreeList = <T extends TreeNode>({ roots, renderNode }: TreeListProps<T>) => (
  <Branch nodes={roots} depth={0} renderNode={renderNode} />
);

/** Select options for a tree (teams, regions), depth-first, each label indented by its depth. */
export const treeOptions = <T extends TreeNode & { name: string }>(
  nodes: readonly T[],
  exclude: ReadonlySet<string> = new Set(),
): { value: string; label: string }[] => {
  const options: { value: string; label: string }[] = [];
  const visit = (branch: TreeOf<T>[], depth: number) => {
    for (const node of branch) {
      if (exclude.has(node.id)) continue;
      options.push({ value: node.id, label: `${'\u2003'.repeat(depth)}${depth > 0 ? '└ ' : ''}${node.name}` });
      visit(node.children, depth + 1);
    }
  };
  visit(buildTree(nodes), 0);
  return options;
};

/** Options for a node's parent: the whole tree but the node itself and everything below it. */
export const parentOptions = <T extends TreeNode & { name: string }>(
  nodes: readonly T[],
  self: T | null,
): { value: string; label: string }[] => treeOptions(nodes, self ? subtreeIds(nodes, [self.id]) : new Set());
