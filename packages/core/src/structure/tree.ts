/** Teams and regions are trees: each node names its parent (or none). */
export interface TreeNode {
  id: string;
  parentId: string | null;
}

export type TreeOf<T extends TreeNode> = T & { children: TreeOf<T>[] };

/** Nest a flat list; nodes whose parent is missing become roots. Order among siblings is kept. */
export const buildTree = <T extends TreeNode>(nodes: readonly T[]): TreeOf<T>[] => {
  const byId = new Map<string, TreeOf<T>>();
  for (const node of nodes) byId.set(node.id, { ...node, children: [] });
  const roots: TreeOf<T>[] = [];
  for (const node of byId.values()) {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
};

/** The ids of the given roots and everything below them. */
export const subtreeIds = (nodes: readonly TreeNode[], rootIds: Iterable<string>): Set<string> => {
  const children = new Map<string, string[]>();
  for (const node of nodes) {
    if (!node.parentId) continue;
    const list = children.get(node.parentId) ?? [];
    list.push(node.id);
    children.set(node.parentId, list);
  }
  const seen = new Set<string>();
  const stack = [...rootIds];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return seen;
};

/** Whether giving `id` the parent `newParentId` would make a node its own ancestor. */
export const wouldCreateCycle = (nodes: readonly TreeNode[], id: string, newParentId: string | null): boolean =>
  newParentId !== null && subtreeIds(nodes, [id]).has(newParentId);
